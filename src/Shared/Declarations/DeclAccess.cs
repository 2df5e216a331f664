using System.Collections.Generic;
using System.Linq;

namespace InfraSdk.Declarations;

/// <summary>Typed reads of a <see cref="DeclObject"/>'s members; an absent member or one of another shape reads as null or empty.</summary>
internal static class DeclAccess
{
    public static DeclScalar? Scalar(this DeclObject obj, string name) => obj[name] as DeclScalar;

    public static string? String(this DeclObject obj, string name) => obj.Scalar(name)?.Text;

    public static long? Number(this DeclObject obj, string name) => obj.Scalar(name)?.Number;

    public static int? Int(this DeclObject obj, string name) => obj.Number(name) is { } value && value is >= int.MinValue and <= int.MaxValue ? (int)value : null;

    public static bool? Bool(this DeclObject obj, string name) => obj.Scalar(name) is { Kind: ScalarKind.Boolean } flag ? flag.Text == "true" : null;

    public static DeclObject? Object(this DeclObject obj, string name) => obj[name] as DeclObject;

    public static IEnumerable<DeclValue> List(this DeclObject obj, string name) =>
        obj[name] is DeclList list ? list.Items : Enumerable.Empty<DeclValue>();

    public static IEnumerable<DeclObject> Objects(this DeclObject obj, string name) => obj.List(name).OfType<DeclObject>();

    public static IEnumerable<string> Strings(this DeclObject obj, string name) => obj.List(name).OfType<DeclScalar>().Select(item => item.Text);

    public static IEnumerable<DeclEntry> Entries(this DeclObject obj, string name) =>
        obj[name] is DeclMap map ? map.Entries : Enumerable.Empty<DeclEntry>();

    /// <summary>A string dictionary's entries whose values are strings.</summary>
    public static IEnumerable<KeyValuePair<string, string>> StringEntries(this DeclObject obj, string name) =>
        obj.Entries(name).Where(entry => entry.Value is DeclScalar).Select(entry => new KeyValuePair<string, string>(entry.Key, ((DeclScalar)entry.Value).Text));

    /// <summary>The span of a member's value, else of the object.</summary>
    public static SourceSpan? SpanOf(this DeclObject obj, string name) => obj[name]?.Span ?? obj.Span;
}
