namespace InfraSdk.LocalCluster.Api.Protobuf;

/// <summary>What a protobuf field holds and how its JSON value is written.</summary>
internal enum ProtoValue
{
    /// <summary>string: a JSON string.</summary>
    Text,

    /// <summary>bool: true or false.</summary>
    Flag,

    /// <summary>int32 (varint): a number.</summary>
    Int32,

    /// <summary>int64 (varint): a number.</summary>
    Int64,

    /// <summary>bytes: standard, padded base64, as Go's encoding/json writes a []byte.</summary>
    Bytes,

    /// <summary>A message of the schema, named by <see cref="ProtoField.MessageName"/>: a JSON object.</summary>
    Message,

    /// <summary>metav1.Time {seconds, nanos}: RFC 3339 in UTC with whole seconds, or null for the zero time.</summary>
    Time,

    /// <summary>intstr.IntOrString {type, intVal, strVal}: a number or a string.</summary>
    IntOrString,

    /// <summary>resource.Quantity {string}: its string.</summary>
    Quantity,

    /// <summary>metav1.FieldsV1 {raw}: the JSON its raw bytes hold.</summary>
    RawJson,
}

/// <summary>
/// One field of a Kubernetes generated.proto message: its number, its JSON name, and how Go's encoding/json writes the
/// Go field it comes from.
/// </summary>
internal sealed record ProtoField(int Number, string JsonName, ProtoValue Value, string? MessageName = null)
{
    /// <summary>A repeated field: a JSON array (scalars may come packed).</summary>
    public bool Repeated { get; init; }

    /// <summary>map&lt;string, Value&gt;: repeated {key = 1, value = 2} entries, a JSON object.</summary>
    public bool Map { get; init; }

    /// <summary>
    /// A zero value (empty string, 0, false) is still written: the Go field is a pointer, whose presence the wire keeps,
    /// or has no omitempty. Other zero scalars are left out, as encoding/json's omitempty does.
    /// </summary>
    public bool Kept { get; init; }

    /// <summary>An embedded Go struct (json:",inline"): its fields land in the enclosing JSON object.</summary>
    public bool Inline { get; init; }
}
