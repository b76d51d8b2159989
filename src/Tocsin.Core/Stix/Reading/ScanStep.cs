namespace Tocsin.Core.Stix.Reading;

/// <summary>What <see cref="BundleScanner.Advance"/> achieved.</summary>
internal enum ScanStep
{
    /// <summary>An item is ready.</summary>
    Item,

    /// <summary>The buffered bytes are used up: fill the buffer and call again.</summary>
    NeedData,

    /// <summary>The file is finished; nothing more will be produced.</summary>
    Done,
}
