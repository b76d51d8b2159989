namespace Tocsin.Testing;

/// <summary>Removes a test's scratch data directory after its server has stopped.</summary>
public static class ScratchDirectory
{
    /// <summary>Deletes <paramref name="path"/> and everything in it, trying again for a few seconds while a file
    /// appears during the deletion: a stopped server's last SQLite connection may still be closing (removing or
    /// checkpointing its <c>-wal</c> and <c>-shm</c> files) when its host's disposal returns.</summary>
    public static async Task DeleteAsync(string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }

                return;
            }
            catch (IOException) when (attempt < 50)
            {
                await Task.Delay(100);
            }
        }
    }
}
