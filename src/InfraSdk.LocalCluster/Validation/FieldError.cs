using System.Globalization;
using System.Text;

namespace InfraSdk.LocalCluster.Validation;

/// <summary>
/// One field.Error of k8s.io/apimachinery/pkg/util/validation/field. <see cref="Value"/> is the bad value already
/// printed the way Go prints it (numbers bare, strings quoted, structs with %#v).
/// </summary>
internal sealed record FieldError(FieldErrorType Type, string Field, string? Value, string Detail)
{
    /// <summary>ErrorBody(): what a cause's message holds.</summary>
    public string Body
    {
        get
        {
            var body = Type.ShowsValue ? Type.Text + ": " + (Value ?? "null") : Type.Text;
            return Detail.Length == 0 ? body : body + ": " + Detail;
        }
    }

    /// <summary>Error(): the field followed by the body.</summary>
    public override string ToString() => Field + ": " + Body;

    public static FieldError Required(string field, string detail = "") => new(FieldErrorType.Required, field, null, detail);

    public static FieldError Forbidden(string field, string detail) => new(FieldErrorType.Forbidden, field, null, detail);

    public static FieldError Invalid(string field, long value, string detail) => new(FieldErrorType.Invalid, field, Number(value), detail);

    public static FieldError Invalid(string field, string value, string detail) => new(FieldErrorType.Invalid, field, Quote(value), detail);

    public static FieldError InvalidPrinted(string field, string printedValue, string detail) => new(FieldErrorType.Invalid, field, printedValue, detail);

    public static FieldError NotFound(string field, string value) => new(FieldErrorType.NotFound, field, Quote(value), "");

    public static FieldError Duplicate(string field, long value) => new(FieldErrorType.Duplicate, field, Number(value), "");

    public static FieldError Duplicate(string field, string value) => new(FieldErrorType.Duplicate, field, Quote(value), "");

    public static FieldError DuplicatePrinted(string field, string printedValue) => new(FieldErrorType.Duplicate, field, printedValue, "");

    /// <summary>field.NotSupported: the value and the supported ones, in the order the API server lists them.</summary>
    public static FieldError NotSupported(string field, string value, IEnumerable<string> supported) =>
        new(FieldErrorType.NotSupported, field, Quote(value), "supported values: " + string.Join(", ", supported.Select(Quote)));

    /// <summary>ErrorList.ToAggregate().Error(): one message alone, several (deduplicated) in brackets.</summary>
    public static string Aggregate(IReadOnlyList<FieldError> errors)
    {
        var messages = errors.Select(error => error.ToString()).Distinct(StringComparer.Ordinal).ToList();
        return messages.Count == 1 ? messages[0] : "[" + string.Join(", ", messages) + "]";
    }

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Go's %q for the strings the API server prints.</summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                < ' ' => "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }
}
