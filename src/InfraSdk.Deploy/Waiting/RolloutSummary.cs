using System.Globalization;
using InfraSdk.Deploy.Output;

namespace InfraSdk.Deploy.Waiting;

/// <summary>
/// The rollout's progress in one line, whatever its size: counts per kind and the first few objects still waiting.
/// Up to <see cref="PerObjectUpTo"/> objects the displays show every object instead.
/// </summary>
internal static class RolloutSummary
{
    public const int PerObjectUpTo = 20;

    public static string Of(IReadOnlyList<Readiness> states)
    {
        var counts = states.GroupBy(state => state.Key.Kind)
            .Select(kind => $"{kind.Count(state => state.Ready).ToString(CultureInfo.InvariantCulture)}/{kind.Count().ToString(CultureInfo.InvariantCulture)} {kind.Key}s ready");
        var waiting = states.Where(state => !state.Ready).Select(state => $"{state.Key} ({state.Detail})").ToList();
        return waiting.Count == 0
            ? string.Join(", ", counts)
            : $"{string.Join(", ", counts)}; waiting for {ShortList.Of(waiting)}";
    }
}
