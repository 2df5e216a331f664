using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Google.Protobuf;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Api.Protobuf;

/// <summary>
/// Reads a protobuf message into the JSON object Go's encoding/json would write for the same Go value, following
/// <see cref="ProtoSchema"/>: unknown fields are skipped; a known field on the wrong wire type is an error, never a guess.
/// </summary>
internal static class ProtoJsonReader
{
    public static JsonObject Read(ByteString bytes, string message)
    {
        var target = new JsonObject();
        ReadInto(bytes.CreateCodedInput(), message, target);
        return target;
    }

    private static void ReadInto(CodedInputStream input, string message, JsonObject target)
    {
        var fields = ProtoSchema.Messages[message];
        for (var tag = input.ReadTag(); tag != 0; tag = input.ReadTag())
        {
            if (!fields.TryGetValue(WireFormat.GetTagFieldNumber(tag), out var field))
            {
                input.SkipLastField();
                continue;
            }

            var wireType = WireFormat.GetTagWireType(tag);
            if (field.Repeated && IsVarint(field) && wireType == WireFormat.WireType.LengthDelimited)
            {
                ReadPacked(input.ReadBytes().CreateCodedInput(), field, ArrayOf(target, field.JsonName));
                continue;
            }

            var expected = IsVarint(field) && !field.Map ? WireFormat.WireType.Varint : WireFormat.WireType.LengthDelimited;
            if (wireType != expected)
            {
                throw new ProtobufFormatException($"field {field.Number} ({field.JsonName}) of {message} has wire type {wireType}, not {expected}");
            }

            if (field.Map)
            {
                var (key, value) = ReadMapEntry(input.ReadBytes().CreateCodedInput(), field, message);
                target.EnsureObject(field.JsonName)[key] = value;
            }
            else if (field.Value == ProtoValue.Message)
            {
                ReadMessage(input.ReadBytes().CreateCodedInput(), field, target);
            }
            else if (field.Repeated)
            {
                ArrayOf(target, field.JsonName).Add(ReadValue(input, field.Value).Json);
            }
            else
            {
                var (json, isZero) = ReadValue(input, field.Value);
                if (isZero && !field.Kept)
                {
                    target.Remove(field.JsonName);
                }
                else
                {
                    target[field.JsonName] = json;
                }
            }
        }
    }

    /// <summary>An inline message fills its parent; a repeated one adds an element; another one merges into what came before, as proto does.</summary>
    private static void ReadMessage(CodedInputStream input, ProtoField field, JsonObject target)
    {
        if (field.Inline)
        {
            ReadInto(input, field.MessageName!, target);
        }
        else if (field.Repeated)
        {
            var element = new JsonObject();
            ReadInto(input, field.MessageName!, element);
            ArrayOf(target, field.JsonName).Add(element);
        }
        else
        {
            ReadInto(input, field.MessageName!, target.EnsureObject(field.JsonName));
        }
    }

    private static void ReadPacked(CodedInputStream input, ProtoField field, JsonArray array)
    {
        while (!input.IsAtEnd)
        {
            array.Add(ReadValue(input, field.Value).Json);
        }
    }

    /// <summary>A map entry {key = 1, value = 2}; a missing key or value is its zero value, as in Go.</summary>
    private static (string Key, JsonNode? Value) ReadMapEntry(CodedInputStream input, ProtoField field, string message)
    {
        var key = "";
        JsonNode? value = null;
        for (var tag = input.ReadTag(); tag != 0; tag = input.ReadTag())
        {
            var number = WireFormat.GetTagFieldNumber(tag);
            if (number is not (1 or 2))
            {
                input.SkipLastField();
                continue;
            }

            if (WireFormat.GetTagWireType(tag) != WireFormat.WireType.LengthDelimited)
            {
                throw new ProtobufFormatException($"an entry of map field {field.Number} ({field.JsonName}) of {message} is not length-delimited");
            }

            if (number == 1)
            {
                key = input.ReadString();
            }
            else
            {
                value = ReadValue(input, field.Value).Json;
            }
        }

        return (key, value ?? ZeroOf(field.Value));
    }

    /// <summary>A scalar or well-known value, and whether it is the zero value that omitempty leaves out.</summary>
    private static (JsonNode? Json, bool IsZero) ReadValue(CodedInputStream input, ProtoValue value)
    {
        switch (value)
        {
            case ProtoValue.Text:
                var text = input.ReadString();
                return (JsonValue.Create(text), text.Length == 0);
            case ProtoValue.Flag:
                var flag = input.ReadBool();
                return (JsonValue.Create(flag), !flag);
            case ProtoValue.Int32:
                var int32 = input.ReadInt32();
                return (JsonValue.Create(int32), int32 == 0);
            case ProtoValue.Int64:
                var int64 = input.ReadInt64();
                return (JsonValue.Create(int64), int64 == 0);
            case ProtoValue.Bytes:
                var bytes = input.ReadBytes();
                return (JsonValue.Create(bytes.ToBase64()), bytes.IsEmpty);
            case ProtoValue.Time:
                return (ReadTime(input.ReadBytes().CreateCodedInput()), false);
            case ProtoValue.IntOrString:
                return (ReadIntOrString(input.ReadBytes().CreateCodedInput()), false);
            case ProtoValue.Quantity:
                return (ReadQuantity(input.ReadBytes().CreateCodedInput()), false);
            case ProtoValue.RawJson:
                return (ReadRawJson(input.ReadBytes().CreateCodedInput()), false);
            default:
                throw new System.Diagnostics.UnreachableException($"{value} fields are read as messages");
        }
    }

    private static JsonNode? ZeroOf(ProtoValue value) => value == ProtoValue.Quantity ? JsonValue.Create("0") : JsonValue.Create("");

    /// <summary>metav1.Time {seconds = 1, nanos = 2}: RFC 3339 in whole seconds (as Time.MarshalJSON), null when zero.</summary>
    private static JsonNode? ReadTime(CodedInputStream input)
    {
        long seconds = 0;
        var nanos = 0;
        for (var tag = input.ReadTag(); tag != 0; tag = input.ReadTag())
        {
            switch (WireFormat.GetTagFieldNumber(tag), WireFormat.GetTagWireType(tag))
            {
                case (1, WireFormat.WireType.Varint):
                    seconds = input.ReadInt64();
                    break;
                case (2, WireFormat.WireType.Varint):
                    nanos = input.ReadInt32();
                    break;
                case (1 or 2, _):
                    throw new ProtobufFormatException("a time field is not a varint");
                default:
                    input.SkipLastField();
                    break;
            }
        }

        if (seconds == 0 && nanos == 0)
        {
            return null;
        }

        if (seconds is < -62135596800 or > 253402300799)
        {
            throw new ProtobufFormatException($"time {seconds.ToString(CultureInfo.InvariantCulture)} s is outside the years 1 to 9999");
        }

        return JsonValue.Create(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
    }

    /// <summary>intstr.IntOrString {type = 1 (0 int, 1 string), intVal = 2, strVal = 3}.</summary>
    private static JsonNode ReadIntOrString(CodedInputStream input)
    {
        long type = 0;
        var intVal = 0;
        var strVal = "";
        for (var tag = input.ReadTag(); tag != 0; tag = input.ReadTag())
        {
            switch (WireFormat.GetTagFieldNumber(tag), WireFormat.GetTagWireType(tag))
            {
                case (1, WireFormat.WireType.Varint):
                    type = input.ReadInt64();
                    break;
                case (2, WireFormat.WireType.Varint):
                    intVal = input.ReadInt32();
                    break;
                case (3, WireFormat.WireType.LengthDelimited):
                    strVal = input.ReadString();
                    break;
                case (1 or 2 or 3, _):
                    throw new ProtobufFormatException("an int-or-string field has the wrong wire type");
                default:
                    input.SkipLastField();
                    break;
            }
        }

        return type switch
        {
            0 => JsonValue.Create(intVal),
            1 => JsonValue.Create(strVal),
            _ => throw new ProtobufFormatException($"an int-or-string has type {type.ToString(CultureInfo.InvariantCulture)}, not 0 (int) or 1 (string)"),
        };
    }

    /// <summary>resource.Quantity {string = 1}.</summary>
    private static JsonNode ReadQuantity(CodedInputStream input)
    {
        var text = "0";
        for (var tag = input.ReadTag(); tag != 0; tag = input.ReadTag())
        {
            if (WireFormat.GetTagFieldNumber(tag) != 1)
            {
                input.SkipLastField();
            }
            else if (WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited)
            {
                text = input.ReadString();
            }
            else
            {
                throw new ProtobufFormatException("a quantity is not a string");
            }
        }

        return JsonValue.Create(text);
    }

    /// <summary>metav1.FieldsV1 {Raw = 1}: the JSON it holds.</summary>
    private static JsonNode? ReadRawJson(CodedInputStream input)
    {
        var raw = ByteString.Empty;
        for (var tag = input.ReadTag(); tag != 0; tag = input.ReadTag())
        {
            if (WireFormat.GetTagFieldNumber(tag) != 1)
            {
                input.SkipLastField();
            }
            else if (WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited)
            {
                raw = input.ReadBytes();
            }
            else
            {
                throw new ProtobufFormatException("a FieldsV1 is not bytes");
            }
        }

        try
        {
            return raw.IsEmpty ? null : JsonNode.Parse(raw.Span);
        }
        catch (JsonException)
        {
            throw new ProtobufFormatException("a FieldsV1 does not hold JSON");
        }
    }

    private static JsonArray ArrayOf(JsonObject target, string name)
    {
        if (target[name] is not JsonArray array)
        {
            array = [];
            target[name] = array;
        }

        return array;
    }

    private static bool IsVarint(ProtoField field) => field.Value is ProtoValue.Flag or ProtoValue.Int32 or ProtoValue.Int64;
}
