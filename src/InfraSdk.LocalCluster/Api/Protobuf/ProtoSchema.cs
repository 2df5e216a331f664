namespace InfraSdk.LocalCluster.Api.Protobuf;

/// <summary>
/// The schema table the protobuf reader follows: every message by name (field number to field), and the message of
/// each kind kubectl creates with a typed, protobuf-encoded request.
/// </summary>
internal static class ProtoSchema
{
    public static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<int, ProtoField>> Messages =
        MetaMessages.All.Concat(CoreMessages.All).Concat(AppsMessages.All)
            .ToDictionary(message => message.Key, message => (IReadOnlyDictionary<int, ProtoField>)message.Value.ToDictionary(field => field.Number));

    /// <summary>apiVersion and kind (as the envelope's TypeMeta names them) to the message of the object.</summary>
    public static readonly IReadOnlyDictionary<(string ApiVersion, string Kind), string> Kinds = new Dictionary<(string, string), string>
    {
        [("v1", "Namespace")] = "Namespace",
        [("v1", "Service")] = "Service",
        [("v1", "ConfigMap")] = "ConfigMap",
        [("v1", "Secret")] = "Secret",
        [("v1", "Pod")] = "Pod",
        [("apps/v1", "Deployment")] = "Deployment",
    };
}
