using static InfraSdk.LocalCluster.Api.Protobuf.ProtoFields;

namespace InfraSdk.LocalCluster.Api.Protobuf;

/// <summary>The messages of k8s.io/api apps/v1 a Deployment reaches, with the field numbers of its generated.proto.</summary>
internal static class AppsMessages
{
    public static readonly IReadOnlyDictionary<string, ProtoField[]> All = new Dictionary<string, ProtoField[]>
    {
        ["Deployment"] = [Message(1, "metadata", "ObjectMeta"), Message(2, "spec", "DeploymentSpec"), Message(3, "status", "DeploymentStatus")],
        ["DeploymentSpec"] =
        [
            Int32(1, "replicas", kept: true), Message(2, "selector", "LabelSelector"), Message(3, "template", "PodTemplateSpec"),
            Message(4, "strategy", "DeploymentStrategy"), Int32(5, "minReadySeconds"), Int32(6, "revisionHistoryLimit", kept: true),
            Flag(7, "paused"), Int32(9, "progressDeadlineSeconds", kept: true), Text(10, "podReplacementPolicy", kept: true),
        ],
        ["DeploymentStrategy"] = [Text(1, "type"), Message(2, "rollingUpdate", "RollingUpdateDeployment")],
        ["RollingUpdateDeployment"] = [IntOrString(1, "maxUnavailable"), IntOrString(2, "maxSurge")],
        ["DeploymentStatus"] =
        [
            Int64(1, "observedGeneration"), Int32(2, "replicas"), Int32(3, "updatedReplicas"), Int32(7, "readyReplicas"),
            Int32(4, "availableReplicas"), Int32(5, "unavailableReplicas"), Int32(9, "terminatingReplicas", kept: true),
            Messages(6, "conditions", "DeploymentCondition"), Int32(8, "collisionCount", kept: true),
        ],
        ["DeploymentCondition"] =
        [
            Text(1, "type", kept: true), Text(2, "status", kept: true), Time(6, "lastUpdateTime"), Time(7, "lastTransitionTime"),
            Text(4, "reason"), Text(5, "message"),
        ],
    };
}
