namespace InfraSdk.LocalCluster.Validation;

/// <summary>field.ErrorType: the text an error starts with and the cause reason it reports.</summary>
internal sealed record FieldErrorType(string Text, string CauseReason, bool ShowsValue)
{
    public static readonly FieldErrorType Required = new("Required value", "FieldValueRequired", false);
    public static readonly FieldErrorType Invalid = new("Invalid value", "FieldValueInvalid", true);
    public static readonly FieldErrorType Duplicate = new("Duplicate value", "FieldValueDuplicate", true);
    public static readonly FieldErrorType NotSupported = new("Unsupported value", "FieldValueNotSupported", true);
    public static readonly FieldErrorType NotFound = new("Not found", "FieldValueNotFound", true);
    public static readonly FieldErrorType Forbidden = new("Forbidden", "FieldValueForbidden", false);
}
