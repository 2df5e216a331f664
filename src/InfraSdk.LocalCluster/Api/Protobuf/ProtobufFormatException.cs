namespace InfraSdk.LocalCluster.Api.Protobuf;

/// <summary>A protobuf body that breaks the wire format or the schema; its message is a clause, without a full stop.</summary>
internal sealed class ProtobufFormatException(string message) : Exception(message);
