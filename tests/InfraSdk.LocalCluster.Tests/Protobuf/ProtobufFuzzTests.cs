using CsCheck;
using InfraSdk.LocalCluster.Api;
using InfraSdk.LocalCluster.Api.Protobuf;
using static InfraSdk.LocalCluster.Tests.Protobuf.ProtobufBodyTests;

namespace InfraSdk.LocalCluster.Tests.Protobuf;

/// <summary>Whatever bytes come as a protobuf body, the reader returns an object or a 400/415 Status, never another exception.</summary>
public sealed class ProtobufFuzzTests
{
    private static readonly string[] Kinds = ["Namespace", "Service", "ConfigMap", "Secret", "Pod", "Deployment"];

    /// <summary>Random bytes behind the prefix: mostly a broken envelope.</summary>
    private static readonly Gen<byte[]> RandomEnvelopes = Gen.Byte.Array[0, 200].Select(bytes => (byte[])[.. "k8s\0"u8, .. bytes]);

    /// <summary>A well-formed envelope of a known kind around random object bytes: the schema reader's input.</summary>
    private static readonly Gen<byte[]> RandomObjects = Gen.Select(Gen.Int[0, Kinds.Length - 1], Gen.Byte.Array[0, 300], (kind, raw) =>
        Envelope(kind == Kinds.Length - 1 ? "apps/v1" : "v1", Kinds[kind], raw));

    /// <summary>Bodies kubectl sent, with one to four bytes overwritten, inserted or cut off.</summary>
    private static readonly Gen<byte[]> MutatedCaptures = Gen.Select(
        Gen.Int[0, KubectlBodies.All.Count - 1],
        Gen.Select(Gen.Int[0, 2], Gen.Int[0, int.MaxValue], Gen.Byte).Array[1, 4],
        (capture, mutations) => mutations.Aggregate(KubectlBodies.All[capture].Bytes, Mutate));

    /// <summary>The first case: the ConfigMap capture with a newline in its kind, once a 415 message of two lines.</summary>
    private const string NewlineInKind = "5rHs6zExrMB1";

    [Fact]
    public void Random_and_mutated_bodies_decode_or_answer_400_or_415_and_nothing_else()
    {
        var decoded = 0;
        var refused = 0;
        Gen.OneOf(RandomEnvelopes, RandomObjects, MutatedCaptures).Sample(
            body =>
            {
                try
                {
                    Assert.NotEmpty(ProtobufBody.Decode(body, ResourceType.Deployments).ToJsonString());
                    Interlocked.Increment(ref decoded);
                }
                catch (ApiException error) when (error.Code is 400 or 415)
                {
                    Assert.DoesNotContain('\n', error.Message);
                    Interlocked.Increment(ref refused);
                }
            },
            seed: NewlineInKind,
            iter: 20_000,
            print: Convert.ToHexString);

        Assert.True(decoded > 0 && refused > 0, $"{decoded} decoded, {refused} refused: the generators must reach both outcomes");
    }

    private static byte[] Mutate(byte[] body, (int Kind, int Position, byte Value) mutation)
    {
        var at = mutation.Position % (body.Length + 1);
        return mutation.Kind switch
        {
            0 when at < body.Length => [.. body[..at], mutation.Value, .. body[(at + 1)..]],
            1 => [.. body[..at], mutation.Value, .. body[at..]],
            _ => body[..at],
        };
    }
}
