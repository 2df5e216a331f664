using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Validation;

namespace InfraSdk.LocalCluster.Api;

/// <summary>A request the API server refuses, carried to the response as a Kubernetes <c>Status</c>.</summary>
internal sealed class ApiException(int code, string reason, string message, JsonObject? details = null) : Exception(message)
{
    public int Code { get; } = code;

    public string Reason { get; } = reason;

    /// <summary>Extra response headers (Retry-After on 429).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public JsonObject ToStatus() => Status.Failure(Code, Reason, Message, details?.DeepClone().AsObject());

    public static ApiException NotFound(ResourceType type, string name) =>
        new(404, "NotFound", $"{type.QualifiedResource} \"{name}\" not found", Details(type, name));

    public static ApiException AlreadyExists(ResourceType type, string name) =>
        new(409, "AlreadyExists", $"{type.QualifiedResource} \"{name}\" already exists", Details(type, name));

    public static ApiException StaleResourceVersion(ResourceType type, string name) =>
        new(409, "Conflict", $"Operation cannot be fulfilled on {type.QualifiedResource} \"{name}\": the object has been modified; please apply your changes to the latest version and try again", Details(type, name));

    public static ApiException BadRequest(string message) => new(400, "BadRequest", message);

    public static ApiException MethodNotSupported(ResourceType type, string verb) =>
        new(405, "MethodNotAllowed", $"{verb} is not supported on resources of kind \"{type.QualifiedResource}\"", Details(type, ""));

    /// <summary>
    /// responsewriters.Forbidden with the RBAC authorizer's message: the resource's name as the URL gives it (none
    /// for a create), and the namespace, or the cluster scope.
    /// </summary>
    public static ApiException Forbidden(ResourceType type, string? name, string user, string verb, string? ns)
    {
        var scope = string.IsNullOrEmpty(ns) ? "at the cluster scope" : $"in the namespace {FieldError.Quote(ns)}";
        var subject = string.IsNullOrEmpty(name) ? type.QualifiedResource : $"{type.QualifiedResource} {FieldError.Quote(name)}";
        return new(403, "Forbidden", $"{subject} is forbidden: User {FieldError.Quote(user)} cannot {verb} resource {FieldError.Quote(type.Plural)} in API group {FieldError.Quote(type.Group)} {scope}", Details(type, name ?? ""));
    }

    public static ApiException PageNotFound() => new(404, "NotFound", "the server could not find the requested resource");

    public static ApiException InternalError(string message) =>
        new(500, "InternalError", "Internal error occurred: " + message, new JsonObject { ["causes"] = new JsonArray(new JsonObject { ["message"] = message }) });

    /// <summary>errors.NewInvalid: 422 with one cause per field error and the aggregated message.</summary>
    public static ApiException Invalid(string qualifiedKind, string group, string kind, string name, IReadOnlyList<FieldError> errors)
    {
        var causes = new JsonArray();
        foreach (var error in errors)
        {
            causes.Add(new JsonObject { ["reason"] = error.Type.CauseReason, ["message"] = error.Body, ["field"] = error.Field });
        }

        var details = new JsonObject { ["name"] = name };
        if (group.Length > 0)
        {
            details["group"] = group;
        }

        details["kind"] = kind;
        details["causes"] = causes;
        return new ApiException(422, "Invalid", $"{qualifiedKind} \"{name}\" is invalid: {FieldError.Aggregate(errors)}", details);
    }

    public static ApiException Invalid(ResourceType type, string name, IReadOnlyList<FieldError> errors) =>
        Invalid(type.QualifiedKind, type.Group, type.Kind, name, errors);

    private static JsonObject Details(ResourceType type, string name)
    {
        var details = new JsonObject();
        if (name.Length > 0)
        {
            details["name"] = name;
        }

        if (type.Group.Length > 0)
        {
            details["group"] = type.Group;
        }

        details["kind"] = type.Plural;
        return details;
    }
}
