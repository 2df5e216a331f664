using System.IO.Compression;
using System.Xml.Linq;

namespace InfraSdk.Packaging.Tests;

/// <summary>What a package's .nuspec declares: the packages and the shared frameworks it depends on.</summary>
internal sealed record Nuspec(IReadOnlyList<string> Dependencies, IReadOnlyList<string> FrameworkReferences)
{
    public static Nuspec Read(string package)
    {
        using var zip = ZipFile.OpenRead(package);
        using var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        var elements = XDocument.Load(stream).Descendants().ToList();
        return new Nuspec(Values(elements, "dependency", "id"), Values(elements, "frameworkReference", "name"));
    }

    private static List<string> Values(IEnumerable<XElement> elements, string element, string attribute) =>
        elements.Where(e => e.Name.LocalName == element).Select(e => (string)e.Attribute(attribute)!).ToList();
}
