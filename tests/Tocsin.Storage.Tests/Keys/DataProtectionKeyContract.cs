namespace Tocsin.Storage.Tests.Keys;

/// <summary>Contract: the Data Protection key ring comes back as written, oldest first, and a key once written is
/// never replaced.</summary>
public abstract class DataProtectionKeyContract : StoreContractBase
{
    [Fact]
    public async Task Keys_come_back_in_the_order_they_were_written()
    {
        await using var db = await OpenAsync();
        await db.Store.DataProtectionKeys.AddAsync("key-1", "<key id=\"1\" />", Ct);
        db.Clock.Advance(TimeSpan.FromSeconds(1));
        await db.Store.DataProtectionKeys.AddAsync("key-2", "<key id=\"2\" />", Ct);

        var keys = await db.Store.DataProtectionKeys.ListAsync(Ct);

        Assert.Equal(["<key id=\"1\" />", "<key id=\"2\" />"], keys);
    }

    [Fact]
    public async Task A_key_written_twice_keeps_its_first_element()
    {
        await using var db = await OpenAsync();
        await db.Store.DataProtectionKeys.AddAsync("key-1", "<key id=\"1\" />", Ct);

        await db.Store.DataProtectionKeys.AddAsync("key-1", "<key id=\"forged\" />", Ct);

        Assert.Equal(["<key id=\"1\" />"], await db.Store.DataProtectionKeys.ListAsync(Ct));
    }
}
