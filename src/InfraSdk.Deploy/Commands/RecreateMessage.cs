using Humanizer;
using InfraSdk.Deploy.Output;
using InfraSdk.Deploy.Planning;

namespace InfraSdk.Deploy.Commands;

/// <summary>The one sentence with which deploy refuses to replace objects it was not told to re-create.</summary>
internal static class RecreateMessage
{
    public static string For(IReadOnlyList<Change> replacements)
    {
        var names = ShortList.Of(replacements.Select(change => change.Key.ToString()));
        var first = replacements[0].Reason?.TrimEnd('.');
        return $"{names} cannot be updated in place ({first}{(replacements.Count > 1 ? ", ..." : "")}), so nothing was deployed; "
            + $"rerun with --recreate to delete and re-create {(replacements.Count == 1 ? "it" : "them")}.";
    }
}
