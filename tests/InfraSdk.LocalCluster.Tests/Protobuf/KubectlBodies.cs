namespace InfraSdk.LocalCluster.Tests.Protobuf;

/// <summary>
/// Request bodies kubectl v1.32.4 sent to the embedded cluster (hex, captured with -v=9), each beside the JSON that
/// <c>--dry-run=client -o json</c> prints for the same command: the object Go's encoding/json writes for the same value.
/// </summary>
internal static class KubectlBodies
{
    public sealed record Capture(string Command, string Hex, string Json)
    {
        public byte[] Bytes => Convert.FromHexString(Hex);

        public override string ToString() => Command;
    }

    public static readonly Capture Namespace = new(
        "create namespace cap-ns",
        "6b3873000a0f0a02763112094e616d657370616365121e0a160a066361702d6e7312001a0022002a0032003800420012001a020a001a002200",
        """{"kind":"Namespace","apiVersion":"v1","metadata":{"name":"cap-ns","creationTimestamp":null},"spec":{},"status":{}}""");

    public static readonly Capture Deployment = new(
        "create deployment cap-d --image=nginx --replicas=2",
        "6b3873000a150a07617070732f7631120a4465706c6f796d656e7412b3010a230a056361702d6412001a0022002a003200380042005a0c0a0361707012056361702d64127e0802120e0a0c0a0361707012056361702d641a620a1e0a0012001a0022002a003200380042005a0c0a0361707012056361702d64124012220a056e67696e7812056e67696e782a0042006a007200800100880100900100a201001a00320042004a0052005800600068008201008a01009a0100c2010022020a00280038001a0c0800100018002000280038001a002200",
        """{"kind":"Deployment","apiVersion":"apps/v1","metadata":{"name":"cap-d","creationTimestamp":null,"labels":{"app":"cap-d"}},"spec":{"replicas":2,"selector":{"matchLabels":{"app":"cap-d"}},"template":{"metadata":{"creationTimestamp":null,"labels":{"app":"cap-d"}},"spec":{"containers":[{"name":"nginx","image":"nginx","resources":{}}]}},"strategy":{}},"status":{}}""");

    public static readonly Capture DeploymentWithCommandAndPort = new(
        "create deployment cap-rich --image=nginx:1.27 --port=8080 --replicas=3 -- sleep 3600",
        "6b3873000a150a07617070732f7631120a4465706c6f796d656e7412e0010a290a086361702d7269636812001a0022002a003200380042005a0f0a0361707012086361702d7269636812a401080312110a0f0a0361707012086361702d726963681a84010a210a0012001a0022002a003200380042005a0f0a0361707012086361702d72696368125f12410a056e67696e78120a6e67696e783a312e32371a05736c6565701a04333630302a00320b0a00100018903f22002a0042006a007200800100880100900100a201001a00320042004a0052005800600068008201008a01009a0100c2010022020a00280038001a0c0800100018002000280038001a002200",
        """{"kind":"Deployment","apiVersion":"apps/v1","metadata":{"name":"cap-rich","creationTimestamp":null,"labels":{"app":"cap-rich"}},"spec":{"replicas":3,"selector":{"matchLabels":{"app":"cap-rich"}},"template":{"metadata":{"creationTimestamp":null,"labels":{"app":"cap-rich"}},"spec":{"containers":[{"name":"nginx","image":"nginx:1.27","command":["sleep","3600"],"ports":[{"containerPort":8080}],"resources":{}}]}},"strategy":{}},"status":{}}""");

    public static readonly Capture DeploymentOfTwoContainersAndZeroReplicas = new(
        "create deployment cap-multi --image=nginx --image=busybox --replicas=0",
        "6b3873000a150a07617070732f7631120a4465706c6f796d656e7412ed010a2b0a096361702d6d756c746912001a0022002a003200380042005a100a0361707012096361702d6d756c746912af01080012120a100a0361707012096361702d6d756c74691a8e010a220a0012001a0022002a003200380042005a100a0361707012096361702d6d756c7469126812220a056e67696e7812056e67696e782a0042006a007200800100880100900100a2010012260a0762757379626f78120762757379626f782a0042006a007200800100880100900100a201001a00320042004a0052005800600068008201008a01009a0100c2010022020a00280038001a0c0800100018002000280038001a002200",
        """{"kind":"Deployment","apiVersion":"apps/v1","metadata":{"name":"cap-multi","creationTimestamp":null,"labels":{"app":"cap-multi"}},"spec":{"replicas":0,"selector":{"matchLabels":{"app":"cap-multi"}},"template":{"metadata":{"creationTimestamp":null,"labels":{"app":"cap-multi"}},"spec":{"containers":[{"name":"nginx","image":"nginx","resources":{}},{"name":"busybox","image":"busybox","resources":{}}]}},"strategy":{}},"status":{}}""");

    public static readonly Capture ConfigMap = new(
        "create configmap cap-c --from-literal=a=b --from-literal=k2=v2",
        "6b3873000a0f0a0276311209436f6e6669674d617012290a150a056361702d6312001a0022002a0032003800420012060a016112016212080a026b32120276321a002200",
        """{"kind":"ConfigMap","apiVersion":"v1","metadata":{"name":"cap-c","creationTimestamp":null},"data":{"a":"b","k2":"v2"}}""");

    public static readonly Capture Secret = new(
        "create secret generic cap-s --from-literal=p=secret",
        "6b3873000a0c0a027631120653656372657412260a150a056361702d7312001a0022002a00320038004200120b0a017012067365637265741a001a002200",
        """{"kind":"Secret","apiVersion":"v1","metadata":{"name":"cap-s","creationTimestamp":null},"data":{"p":"c2VjcmV0"}}""");

    public static readonly Capture NodePortService = new(
        "create service nodeport cap-svc --tcp=80:8080",
        "6b3873000a0d0a02763112075365727669636512740a270a076361702d73766312001a0022002a003200380042005a0e0a0361707012076361702d73766312450a1b0a0738302d38303830120354435018502207080010903f1a002800120e0a0361707012076361702d7376631a0022084e6f6465506f72743a00420052005a00600068001a020a001a002200",
        """{"kind":"Service","apiVersion":"v1","metadata":{"name":"cap-svc","creationTimestamp":null,"labels":{"app":"cap-svc"}},"spec":{"ports":[{"name":"80-8080","protocol":"TCP","port":80,"targetPort":8080}],"selector":{"app":"cap-svc"},"type":"NodePort"},"status":{"loadBalancer":{}}}""");

    public static readonly IReadOnlyList<Capture> All =
        [Namespace, Deployment, DeploymentWithCommandAndPort, DeploymentOfTwoContainersAndZeroReplicas, ConfigMap, Secret, NodePortService];
}
