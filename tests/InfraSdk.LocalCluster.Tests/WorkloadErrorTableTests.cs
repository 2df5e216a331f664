using System.Net;
using InfraSdk.LocalCluster.Tests.Infrastructure;

namespace InfraSdk.LocalCluster.Tests;

/// <summary>Manifests of the workload kinds and pod templates kube-apiserver refuses, and its words for each.</summary>
public sealed class WorkloadErrorTableTests(SharedCluster shared) : IClassFixture<SharedCluster>
{
    private const string IngressRoot = "/apis/networking.k8s.io/v1/namespaces/default/ingresses";
    private const string Deployments = "/apis/apps/v1/namespaces/default/deployments";

    public static TheoryData<string, string, string, string> Rows => new()
    {
        {
            "config key with a space", "/api/v1/namespaces/default/configmaps",
            """{"metadata":{"name":"cfg"},"data":{"bad key":"x"}}""",
            "ConfigMap \"cfg\" is invalid: data[bad key]: Invalid value: \"bad key\": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"
        },
        {
            "secret key starting with two dots", "/api/v1/namespaces/default/secrets",
            """{"metadata":{"name":"s"},"stringData":{"..x":"y"}}""",
            "Secret \"s\" is invalid: data[..x]: Invalid value: \"..x\": must not start with '..'"
        },
        {
            "TLS secret without its key", "/api/v1/namespaces/default/secrets",
            """{"metadata":{"name":"tls"},"type":"kubernetes.io/tls","data":{"tls.crt":"Y2VydA=="}}""",
            "Secret \"tls\" is invalid: data[tls.key]: Required value"
        },
        {
            "service account name not a subdomain", "/api/v1/namespaces/default/serviceaccounts",
            """{"metadata":{"name":"Web"}}""",
            "ServiceAccount \"Web\" is invalid: metadata.name: Invalid value: \"Web\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"
        },
        {
            "ingress path without a pathType", IngressRoot,
            IngressPath("""{"path":"/","backend":{"service":{"name":"web","port":{"number":80}}}}"""),
            "Ingress.networking.k8s.io \"web\" is invalid: spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified"
        },
        {
            "ingress pathType not supported", IngressRoot,
            IngressPath("""{"path":"/","pathType":"Regex","backend":{"service":{"name":"web","port":{"number":80}}}}"""),
            "Ingress.networking.k8s.io \"web\" is invalid: spec.rules[0].http.paths[0].pathType: Unsupported value: \"Regex\": supported values: \"Exact\", \"ImplementationSpecific\", \"Prefix\""
        },
        {
            "ingress backend without a port", IngressRoot,
            IngressPath("""{"path":"/","pathType":"Prefix","backend":{"service":{"name":"web"}}}"""),
            "Ingress.networking.k8s.io \"web\" is invalid: spec.rules[0].http.paths[0].backend: Required value: port name or number is required"
        },
        {
            "ingress backend without a service name", IngressRoot,
            IngressPath("""{"path":"/","pathType":"Prefix","backend":{"service":{"port":{"number":80}}}}"""),
            "Ingress.networking.k8s.io \"web\" is invalid: spec.rules[0].http.paths[0].backend.service.name: Required value"
        },
        {
            "ingress backend port out of range", IngressRoot,
            IngressPath("""{"path":"/","pathType":"Prefix","backend":{"service":{"name":"web","port":{"number":70000}}}}"""),
            "Ingress.networking.k8s.io \"web\" is invalid: spec.rules[0].http.paths[0].backend.service.port.number: Invalid value: 70000: must be between 1 and 65535, inclusive"
        },
        {
            "ingress backend port name invalid", IngressRoot,
            IngressPath("""{"path":"/","pathType":"Prefix","backend":{"service":{"name":"web","port":{"name":"web--http"}}}}"""),
            "Ingress.networking.k8s.io \"web\" is invalid: spec.rules[0].http.paths[0].backend.service.port.name: Invalid value: \"web--http\": must not contain consecutive hyphens"
        },
        {
            "ingress path not absolute", IngressRoot,
            IngressPath("""{"path":"api","pathType":"Exact","backend":{"service":{"name":"web","port":{"number":80}}}}"""),
            "Ingress.networking.k8s.io \"web\" is invalid: spec.rules[0].http.paths[0].path: Invalid value: \"api\": must be an absolute path"
        },
        {
            "PDB with minAvailable and maxUnavailable", "/apis/policy/v1/namespaces/default/poddisruptionbudgets",
            """{"metadata":{"name":"web"},"spec":{"minAvailable":1,"maxUnavailable":1,"selector":{"matchLabels":{"app":"web"}}}}""",
            "PodDisruptionBudget.policy \"web\" is invalid: spec: Invalid value: policy.PodDisruptionBudgetSpec{MinAvailable:(*intstr.IntOrString)(...), Selector:(*v1.LabelSelector)(...), MaxUnavailable:(*intstr.IntOrString)(...), UnhealthyPodEvictionPolicy:(*policy.UnhealthyPodEvictionPolicyType)(nil)}: minAvailable and maxUnavailable cannot be both set"
        },
        {
            "PDB percentage above 100", "/apis/policy/v1/namespaces/default/poddisruptionbudgets",
            """{"metadata":{"name":"web"},"spec":{"maxUnavailable":"150%","selector":{"matchLabels":{"app":"web"}}}}""",
            "PodDisruptionBudget.policy \"web\" is invalid: spec.maxUnavailable: Invalid value: intstr.IntOrString{Type:1, IntVal:0, StrVal:\"150%\"}: must not be greater than 100%"
        },
        {
            "HPA maxReplicas below minReplicas", "/apis/autoscaling/v2/namespaces/default/horizontalpodautoscalers",
            """{"metadata":{"name":"web"},"spec":{"scaleTargetRef":{"apiVersion":"apps/v1","kind":"Deployment","name":"web"},"minReplicas":3,"maxReplicas":2}}""",
            "HorizontalPodAutoscaler.autoscaling \"web\" is invalid: spec.maxReplicas: Invalid value: 2: must be greater than or equal to `minReplicas`"
        },
        {
            "HPA without a target name", "/apis/autoscaling/v2/namespaces/default/horizontalpodautoscalers",
            """{"metadata":{"name":"web"},"spec":{"scaleTargetRef":{"apiVersion":"apps/v1","kind":"Deployment"},"maxReplicas":2}}""",
            "HorizontalPodAutoscaler.autoscaling \"web\" is invalid: spec.scaleTargetRef.name: Required value"
        },
        {
            "network policy peer without a selector", "/apis/networking.k8s.io/v1/namespaces/default/networkpolicies",
            """{"metadata":{"name":"np"},"spec":{"podSelector":{},"ingress":[{"from":[{}]}]}}""",
            "NetworkPolicy.networking.k8s.io \"np\" is invalid: spec.ingress[0].from[0]: Required value: must specify a peer"
        },
        {
            "cron job pods restarting always", "/apis/batch/v1/namespaces/default/cronjobs",
            """{"metadata":{"name":"nightly"},"spec":{"schedule":"0 3 * * *","jobTemplate":{"spec":{"template":{"spec":{"containers":[{"name":"job","image":"busybox"}]}}}}}}""",
            "CronJob.batch \"nightly\" is invalid: spec.jobTemplate.spec.template.spec.restartPolicy: Unsupported value: \"Always\": supported values: \"OnFailure\", \"Never\""
        },
        {
            "stateful set selector not matching its template", "/apis/apps/v1/namespaces/default/statefulsets",
            """{"metadata":{"name":"db"},"spec":{"selector":{"matchLabels":{"app":"db"}},"template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"name":"db","image":"postgres"}]}}}}""",
            "StatefulSet.apps \"db\" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{\"app\":\"web\"}: `selector` does not match template `labels`"
        },
        {
            "requests above limits", Deployments,
            WithContainer("""{"name":"web","image":"nginx","resources":{"requests":{"cpu":"2"},"limits":{"cpu":"1"}}}"""),
            "Deployment.apps \"web\" is invalid: spec.template.spec.containers[0].resources.requests: Invalid value: \"2\": must be less than or equal to cpu limit of 1"
        },
        {
            "memory request above its limit in other units", Deployments,
            WithContainer("""{"name":"web","image":"nginx","resources":{"requests":{"memory":"2Gi"},"limits":{"memory":"512Mi"}}}"""),
            "Deployment.apps \"web\" is invalid: spec.template.spec.containers[0].resources.requests: Invalid value: \"2Gi\": must be less than or equal to memory limit of 512Mi"
        },
        {
            "probe without a handler", Deployments,
            WithContainer("""{"name":"web","image":"nginx","readinessProbe":{"periodSeconds":5}}"""),
            "Deployment.apps \"web\" is invalid: spec.template.spec.containers[0].readinessProbe: Required value: must specify a handler type"
        },
        {
            "probe with two handlers", Deployments,
            WithContainer("""{"name":"web","image":"nginx","readinessProbe":{"httpGet":{"port":80},"tcpSocket":{"port":80}}}"""),
            "Deployment.apps \"web\" is invalid: spec.template.spec.containers[0].readinessProbe.tcpSocket: Forbidden: may not specify more than 1 handler type"
        },
        {
            "probe port out of range", Deployments,
            WithContainer("""{"name":"web","image":"nginx","livenessProbe":{"httpGet":{"path":"/healthz","port":70000}}}"""),
            "Deployment.apps \"web\" is invalid: spec.template.spec.containers[0].livenessProbe.httpGet.port: Invalid value: 70000: must be between 1 and 65535, inclusive"
        },
        {
            "probe port name invalid", Deployments,
            WithContainer("""{"name":"web","image":"nginx","readinessProbe":{"tcpSocket":{"port":"web_port"}}}"""),
            "Deployment.apps \"web\" is invalid: spec.template.spec.containers[0].readinessProbe.tcpSocket.port: Invalid value: \"web_port\": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)"
        },
        {
            "env var name starting with a digit", Deployments,
            WithContainer("""{"name":"web","image":"nginx","env":[{"name":"1BAD","value":"x"}]}"""),
            "Deployment.apps \"web\" is invalid: spec.template.spec.containers[0].env[0].name: Invalid value: \"1BAD\": a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')"
        },
        {
            "volume mount of no volume", Deployments,
            WithContainer("""{"name":"web","image":"nginx","volumeMounts":[{"name":"data","mountPath":"/data"}]}"""),
            "Deployment.apps \"web\" is invalid: spec.template.spec.containers[0].volumeMounts[0].name: Not found: \"data\""
        },
        {
            "container port protocol not supported", Deployments,
            WithContainer("""{"name":"web","image":"nginx","ports":[{"containerPort":80,"protocol":"HTTP"}]}"""),
            "Deployment.apps \"web\" is invalid: spec.template.spec.containers[0].ports[0].protocol: Unsupported value: \"HTTP\": supported values: \"SCTP\", \"TCP\", \"UDP\""
        },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task The_API_server_refuses_it_with_its_words(string row, string collection, string manifest, string message)
    {
        var response = await shared.Api.PostAsync(collection, manifest);

        Assert.True(response.Status == HttpStatusCode.UnprocessableEntity, $"{row}: {response.Status} {response.Message}");
        Assert.Equal(message, response.Message);
    }

    [Fact]
    public async Task A_secret_with_data_that_is_not_base64_cannot_be_decoded()
    {
        var response = await shared.Api.PostAsync("/api/v1/namespaces/default/secrets", """{"metadata":{"name":"s"},"data":{"password":"abc!"}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("Secret in version \"v1\" cannot be handled as a Secret: illegal base64 data at input byte 3", response.Message);
    }

    private static string IngressPath(string path) =>
        "{\"metadata\":{\"name\":\"web\"},\"spec\":{\"rules\":[{\"host\":\"shop.example.com\",\"http\":{\"paths\":[" + path + "]}}]}}";

    private static string WithContainer(string container) =>
        "{\"metadata\":{\"name\":\"web\"},\"spec\":{\"selector\":{\"matchLabels\":{\"app\":\"web\"}},\"template\":{\"metadata\":{\"labels\":{\"app\":\"web\"}},\"spec\":{\"containers\":[" + container + "]}}}}";
}
