using System.Net;
using InfraSdk.Deploy.Applying;

namespace InfraSdk.Deploy.Tests.Units;

/// <summary>A 403 in one sentence: the user and the namespace from RBAC's message, or another authorizer's words as they are.</summary>
public sealed class ForbiddenRequestTests
{
    private static readonly Uri Server = new("https://10.0.0.1:6443");

    [Theory]
    [InlineData(
        "services is forbidden: User \\\"ci-bot\\\" cannot create resource \\\"services\\\" in API group \\\"\\\" in the namespace \\\"team-b\\\"",
        "The API server at https://10.0.0.1:6443 does not let user \"ci-bot\" write in namespace \"team-b\" (403 Forbidden: it may not create services).")]
    [InlineData(
        "namespaces is forbidden: User \\\"ci-bot\\\" cannot create resource \\\"namespaces\\\" in API group \\\"\\\" at the cluster scope",
        "The API server at https://10.0.0.1:6443 does not let user \"ci-bot\" write cluster-wide objects (403 Forbidden: it may not create namespaces).")]
    [InlineData(
        "deployments.apps \\\"web\\\" is forbidden: User \\\"system:serviceaccount:ci:deployer\\\" cannot patch resource \\\"deployments\\\" in API group \\\"apps\\\" in the namespace \\\"prod\\\": RBAC: role \\\"edit\\\" not found",
        "The API server at https://10.0.0.1:6443 does not let user \"system:serviceaccount:ci:deployer\" write in namespace \"prod\" (403 Forbidden: it may not patch deployments.apps \"web\").")]
    [InlineData(
        "admission webhook \\\"policy.example.com\\\" denied the request.",
        "The API server at https://10.0.0.1:6443 refused a request with the kubeconfig's credentials (403 Forbidden): admission webhook \"policy.example.com\" denied the request.")]
    public void Names_the_user_and_the_namespace(string message, string sentence)
    {
        var error = ApiErrors.Status(HttpStatusCode.Forbidden, $$"""{"kind":"Status","status":"Failure","reason":"Forbidden","code":403,"message":"{{message}}"}""");

        Assert.Equal(sentence, ForbiddenRequest.Describe(error, Server));
    }
}
