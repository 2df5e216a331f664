using System.Globalization;

namespace InfraSdk.LocalCluster.Json;

/// <summary>metav1.Time as the API server writes it: RFC 3339 in UTC, whole seconds.</summary>
internal static class KubernetesTime
{
    public static string Now(TimeProvider time) =>
        time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
