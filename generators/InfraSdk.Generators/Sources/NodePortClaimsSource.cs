using InfraSdk.Declarations;
using System.Globalization;
using System.Text;
using InfraSdk.Extraction.Model;
using InfraSdk.Generators.Emission;

namespace InfraSdk.Generators.Sources;

/// <summary>The assembly-level claims of every topology in the project, one attribute per pinned port.</summary>
internal static class NodePortClaimsSource
{
    public const string HintName = "InfraSdk.NodePortClaims.g.cs";

    public static string Write(EquatableArray<NodePortClaimEmission> claims)
    {
        var text = new StringBuilder(GeneratedCode.Header).Append('\n');
        foreach (var claim in claims)
        {
            text.Append("[assembly: global::InfraSdk.NodePortClaim(")
                .Append(claim.NodePort.ToString(CultureInfo.InvariantCulture)).Append(", ")
                .Append(CSharpLiteral.String(claim.Namespace)).Append(", ")
                .Append(CSharpLiteral.String(claim.Service)).Append(", ")
                .Append(CSharpLiteral.String(claim.Source));
            if (claim.Protocol is { } protocol)
            {
                text.Append(", Protocol = ").Append(CSharpLiteral.String(protocol));
            }

            if (claim.Port is { } port)
            {
                text.Append(", Port = ").Append(port.ToString(CultureInfo.InvariantCulture));
            }

            text.Append(")]\n");
        }

        return text.ToString();
    }
}
