using Humanizer;

namespace InfraSdk.Deploy.Output;

/// <summary>A few items of a list that may be long, so that no message lists thousands of objects: "a, b, c and 4 more".</summary>
internal static class ShortList
{
    public static string Of(IEnumerable<string> items, int shown = 3)
    {
        var all = items.ToList();
        return all.Count <= shown
            ? all.Humanize("and")
            : $"{string.Join(", ", all.Take(shown))} and {all.Count - shown} more";
    }
}
