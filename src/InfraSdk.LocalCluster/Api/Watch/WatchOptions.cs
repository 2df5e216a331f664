using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace InfraSdk.LocalCluster.Api.Watch;

/// <summary>
/// A watch request's query, read as kube-apiserver reads it: resourceVersion "" or "0" starts with the current objects
/// as Added events, "N" with the changes after N; sendInitialEvents=true (with resourceVersionMatch=NotOlderThan) starts
/// with the current objects and marks their end with a bookmark, sendInitialEvents=false starts from now.
/// </summary>
internal sealed record WatchOptions(bool StartsWithState, long? After, bool MarksInitialEventsEnd, bool AllowBookmarks, TimeSpan Timeout)
{
    /// <summary>kube-apiserver's --min-request-timeout: a watch without timeoutSeconds lasts between one and two of it.</summary>
    private static readonly TimeSpan MinRequestTimeout = TimeSpan.FromMinutes(30);

    public static WatchOptions Parse(IQueryCollection query)
    {
        var resourceVersion = query["resourceVersion"].ToString();
        var sendInitialEvents = query["sendInitialEvents"].ToString() switch
        {
            "" => (bool?)null,
            "true" => true,
            "false" => false,
            var other => throw ApiException.BadRequest($"sendInitialEvents: Invalid value: \"{other}\": must be true or false"),
        };
        var after = resourceVersion is "" or "0" ? (long?)null : ParseResourceVersion(resourceVersion);
        var timeout = query["timeoutSeconds"].ToString() is { Length: > 0 } seconds && long.TryParse(seconds, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? TimeSpan.FromSeconds(value)
            : MinRequestTimeout * (1 + Random.Shared.NextDouble());
        return new WatchOptions(
            StartsWithState: sendInitialEvents ?? after is null,
            After: sendInitialEvents == true ? null : after,
            MarksInitialEventsEnd: sendInitialEvents == true,
            AllowBookmarks: query["allowWatchBookmarks"] == "true",
            Timeout: timeout);
    }

    private static long ParseResourceVersion(string text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw ApiException.BadRequest($"resourceVersion: Invalid value: \"{text}\": strconv.ParseUint: parsing \"{text}\": invalid syntax");
}
