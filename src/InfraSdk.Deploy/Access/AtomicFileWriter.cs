using System.Text;

namespace InfraSdk.Deploy.Access;

/// <summary>
/// Writes a file only when its content changed, atomically: the text goes to a temporary file in the same folder, is
/// flushed to disk, and is renamed over the old one, so a reader (HAProxy on reload) never sees half a file.
/// </summary>
internal static class AtomicFileWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="file"/> into <paramref name="folder"/>; false when the file already held it.</summary>
    public static bool Write(string folder, AccessFile file)
    {
        var path = Path.Combine(folder, file.Name);
        if (File.Exists(path) && file.SameAs(File.ReadAllText(path, Utf8)))
        {
            return false;
        }

        var temporary = Path.Combine(folder, $".{file.Name}.{Environment.ProcessId}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                var bytes = Utf8.GetBytes(file.Content);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
            return true;
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
