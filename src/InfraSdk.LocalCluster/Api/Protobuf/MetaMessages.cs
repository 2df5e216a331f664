using static InfraSdk.LocalCluster.Api.Protobuf.ProtoFields;

namespace InfraSdk.LocalCluster.Api.Protobuf;

/// <summary>
/// The messages of k8s.io/apimachinery (pkg/apis/meta/v1, pkg/runtime) the kubectl-created kinds reach, with the
/// field numbers of their generated.proto. Time, IntOrString, Quantity and FieldsV1 are read as values (<see cref="ProtoValue"/>).
/// </summary>
internal static class MetaMessages
{
    public static readonly IReadOnlyDictionary<string, ProtoField[]> All = new Dictionary<string, ProtoField[]>
    {
        ["Unknown"] = [Message(1, "typeMeta", "TypeMeta"), new(2, "raw", ProtoValue.Bytes), Text(3, "contentEncoding"), Text(4, "contentType")],
        ["TypeMeta"] = [Text(1, "apiVersion"), Text(2, "kind")],
        ["ObjectMeta"] =
        [
            Text(1, "name"), Text(2, "generateName"), Text(3, "namespace"), Text(4, "selfLink"), Text(5, "uid"),
            Text(6, "resourceVersion"), Int64(7, "generation"), Time(8, "creationTimestamp"), Time(9, "deletionTimestamp"),
            Int64(10, "deletionGracePeriodSeconds", kept: true), TextMap(11, "labels"), TextMap(12, "annotations"),
            Messages(13, "ownerReferences", "OwnerReference"), Texts(14, "finalizers"),
            Messages(17, "managedFields", "ManagedFieldsEntry"),
        ],
        ["OwnerReference"] =
        [
            Text(5, "apiVersion", kept: true), Text(1, "kind", kept: true), Text(3, "name", kept: true), Text(4, "uid", kept: true),
            Flag(6, "controller", kept: true), Flag(7, "blockOwnerDeletion", kept: true),
        ],
        ["ManagedFieldsEntry"] =
        [
            Text(1, "manager"), Text(2, "operation"), Text(3, "apiVersion"), Time(4, "time"), Text(6, "fieldsType"),
            RawJson(7, "fieldsV1"), Text(8, "subresource"),
        ],
        ["LabelSelector"] = [TextMap(1, "matchLabels"), Messages(2, "matchExpressions", "LabelSelectorRequirement")],
        ["LabelSelectorRequirement"] = [Text(1, "key", kept: true), Text(2, "operator", kept: true), Texts(3, "values")],
        ["Condition"] =
        [
            Text(1, "type", kept: true), Text(2, "status", kept: true), Int64(3, "observedGeneration"), Time(4, "lastTransitionTime"),
            Text(5, "reason", kept: true), Text(6, "message", kept: true),
        ],
    };
}
