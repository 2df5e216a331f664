namespace InfraSdk.LocalCluster.Api.Protobuf;

/// <summary>
/// Short constructors for the schema tables, one per kind of generated.proto field. <c>kept</c> marks a Go pointer or a
/// field without omitempty (see <see cref="ProtoField.Kept"/>).
/// </summary>
internal static class ProtoFields
{
    public static ProtoField Text(int number, string json, bool kept = false) => new(number, json, ProtoValue.Text) { Kept = kept };

    public static ProtoField Flag(int number, string json, bool kept = false) => new(number, json, ProtoValue.Flag) { Kept = kept };

    public static ProtoField Int32(int number, string json, bool kept = false) => new(number, json, ProtoValue.Int32) { Kept = kept };

    public static ProtoField Int64(int number, string json, bool kept = false) => new(number, json, ProtoValue.Int64) { Kept = kept };

    public static ProtoField Time(int number, string json) => new(number, json, ProtoValue.Time);

    public static ProtoField IntOrString(int number, string json) => new(number, json, ProtoValue.IntOrString);

    public static ProtoField Quantity(int number, string json) => new(number, json, ProtoValue.Quantity);

    public static ProtoField RawJson(int number, string json) => new(number, json, ProtoValue.RawJson);

    public static ProtoField Message(int number, string json, string message) => new(number, json, ProtoValue.Message, message);

    public static ProtoField Inline(int number, string message) => new(number, "", ProtoValue.Message, message) { Inline = true };

    public static ProtoField Texts(int number, string json) => new(number, json, ProtoValue.Text) { Repeated = true };

    public static ProtoField Int32s(int number, string json) => new(number, json, ProtoValue.Int32) { Repeated = true };

    public static ProtoField Int64s(int number, string json) => new(number, json, ProtoValue.Int64) { Repeated = true };

    public static ProtoField Messages(int number, string json, string message) => new(number, json, ProtoValue.Message, message) { Repeated = true };

    public static ProtoField TextMap(int number, string json) => new(number, json, ProtoValue.Text) { Map = true };

    public static ProtoField BytesMap(int number, string json) => new(number, json, ProtoValue.Bytes) { Map = true };

    public static ProtoField QuantityMap(int number, string json) => new(number, json, ProtoValue.Quantity) { Map = true };
}
