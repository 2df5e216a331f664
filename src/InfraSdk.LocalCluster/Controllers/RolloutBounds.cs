using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Controllers;

/// <summary>
/// A rolling update's maxSurge and maxUnavailable as counts (ResolveFenceposts): a percentage of the replicas, surge
/// rounded up and unavailable rounded down (25% each by default); both zero would block, so unavailable becomes 1.
/// </summary>
internal readonly record struct RolloutBounds(int MaxSurge, int MaxUnavailable)
{
    public static RolloutBounds For(JsonObject deployment)
    {
        var desired = (int)(deployment.Object("spec").Integer("replicas") ?? 1);
        var rollingUpdate = deployment.Object("spec").Object("strategy").Object("rollingUpdate");
        var surge = Resolve(rollingUpdate?["maxSurge"], desired, roundUp: true);
        var unavailable = Resolve(rollingUpdate?["maxUnavailable"], desired, roundUp: false);
        return surge == 0 && unavailable == 0 ? new RolloutBounds(0, 1) : new RolloutBounds(surge, unavailable);
    }

    private static int Resolve(JsonNode? value, int desired, bool roundUp)
    {
        if (value.AsInteger() is { } count)
        {
            return (int)count;
        }

        var text = (value as JsonValue)?.TryGetValue<string>(out var percent) == true ? percent : "25%";
        if (!int.TryParse(text.TrimEnd('%'), out var share))
        {
            return 0;
        }

        return roundUp ? (desired * share + 99) / 100 : desired * share / 100;
    }
}
