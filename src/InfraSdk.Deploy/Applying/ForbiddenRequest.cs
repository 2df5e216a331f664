using System.Text.RegularExpressions;
using k8s.Autorest;

namespace InfraSdk.Deploy.Applying;

/// <summary>
/// The one sentence for a 403: which user may not write where, read from the RBAC authorizer's message
/// (<c>services is forbidden: User "ci-bot" cannot create resource "services" in API group "" in the namespace "team-b"</c>);
/// another authorizer's message is quoted as it is.
/// </summary>
internal static partial class ForbiddenRequest
{
    public static string Describe(HttpOperationException error, Uri server)
    {
        var message = ApiStatus.Message(error);
        var match = RbacMessage().Match(message);
        if (!match.Success)
        {
            return $"The API server at {server.OriginalString} refused a request with the kubeconfig's credentials (403 Forbidden): {message.TrimEnd('.')}.";
        }

        var (user, verb, subject) = (match.Groups["user"].Value, match.Groups["verb"].Value, match.Groups["subject"].Value);
        var where = match.Groups["namespace"].Success ? $"write in namespace \"{match.Groups["namespace"].Value}\"" : "write cluster-wide objects";
        return $"The API server at {server.OriginalString} does not let user \"{user}\" {where} (403 Forbidden: it may not {verb} {subject}).";
    }

    [GeneratedRegex("""^(?<subject>.+?) is forbidden: User "(?<user>[^"]*)" cannot (?<verb>\S+) resource "[^"]*"(?: in API group "[^"]*")?(?: in the namespace "(?<namespace>[^"]*)")?""")]
    private static partial Regex RbacMessage();
}
