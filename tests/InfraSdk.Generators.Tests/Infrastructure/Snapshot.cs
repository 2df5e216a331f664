using System.Runtime.CompilerServices;

namespace InfraSdk.Generators.Tests.Infrastructure;

/// <summary>
/// Compares text with a committed <c>&lt;Class&gt;.&lt;Method&gt;.verified.&lt;ext&gt;</c> beside the test file, as
/// Verify names them. On a difference (or a missing file) it writes <c>.received.&lt;ext&gt;</c> next to it and fails;
/// accept a change by renaming received to verified.
/// </summary>
internal static class Snapshot
{
    public static void Verify(string actual, string extension, [CallerFilePath] string testFile = "", [CallerMemberName] string method = "")
    {
        var directory = Path.GetDirectoryName(testFile)!;
        var stem = Path.Combine(directory, Path.GetFileNameWithoutExtension(testFile) + "." + method);
        var verified = stem + ".verified." + extension;
        var received = stem + ".received." + extension;
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail(expected is null
            ? $"No snapshot yet: review {received} and rename it to {Path.GetFileName(verified)}."
            : $"Snapshot differs: compare {received} with {verified} (first difference at character {FirstDifference(expected, actual)}).");
    }

    private static int FirstDifference(string expected, string actual)
    {
        var length = Math.Min(expected.Length, actual.Length);
        for (var i = 0; i < length; i++)
        {
            if (expected[i] != actual[i])
            {
                return i;
            }
        }

        return length;
    }
}
