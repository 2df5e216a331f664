using System.Net;
using System.Text.RegularExpressions;
using k8s.Autorest;

namespace InfraSdk.Deploy.Applying;

/// <summary>
/// Recognises the API server's refusal to change a field in place (422 with every cause about immutability) so that
/// plan can offer a replacement instead of reporting a failure.
/// </summary>
internal static partial class ImmutableRefusal
{
    /// <summary>The server's own message when every cause of a 422 is an immutable field; otherwise null.</summary>
    public static string? Reason(HttpOperationException error)
    {
        if (error.Response?.StatusCode != HttpStatusCode.UnprocessableEntity || ApiStatus.Read(error) is not { } status)
        {
            return null;
        }

        var causes = status.Details?.Causes ?? [];
        var immutable = causes.Count > 0
            ? causes.All(cause => Immutable().IsMatch(cause.Message ?? ""))
            : Immutable().IsMatch(status.Message ?? "");
        return immutable ? status.Message : null;
    }

    [GeneratedRegex(@"field is immutable|is immutable|may not change once set|updates to \w+ spec for fields other than")]
    private static partial Regex Immutable();
}
