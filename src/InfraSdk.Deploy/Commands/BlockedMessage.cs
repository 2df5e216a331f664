using Humanizer;
using InfraSdk.Deploy.Output;
using InfraSdk.Deploy.Planning;

namespace InfraSdk.Deploy.Commands;

/// <summary>The one sentence that says why a deploy cannot go ahead.</summary>
internal static class BlockedMessage
{
    public static string For(IReadOnlyList<NodePortConflict> conflicts, IReadOnlyList<string> problems, string consequence)
    {
        if (conflicts.Count + problems.Count == 1)
        {
            return $"{(conflicts.Count == 1 ? conflicts[0].ToString() : problems[0]).TrimEnd('.')}; {consequence}.";
        }

        var holders = conflicts.Select(c => $"{c.NodePort} held by {c.HeldBy}").Concat(problems.Select(p => p.TrimEnd('.')));
        return $"{"nodePort problem".ToQuantity(conflicts.Count + problems.Count)} ({ShortList.Of(holders)}); {consequence}.";
    }
}
