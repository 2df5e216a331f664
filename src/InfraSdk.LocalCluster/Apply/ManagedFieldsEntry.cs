using System.Text.Json.Nodes;
using InfraSdk.LocalCluster.Json;

namespace InfraSdk.LocalCluster.Apply;

/// <summary>One metadata.managedFields entry: who set which fields, by Apply or by Update.</summary>
internal sealed record ManagedFieldsEntry(string Manager, string Operation, string ApiVersion, string Time, FieldSet Fields)
{
    public const string ApplyOperation = "Apply";
    public const string UpdateOperation = "Update";

    public bool IsApply => Operation == ApplyOperation;

    /// <summary>printManager of the conflict message: an Update manager is named with its apiVersion.</summary>
    public string Describe() => IsApply ? FieldErrorQuote(Manager) : $"{FieldErrorQuote(Manager)} using {ApiVersion}";

    public static List<ManagedFieldsEntry> Read(JsonObject? obj) =>
        obj.Object("metadata").Array("managedFields").Objects()
            .Select(entry => new ManagedFieldsEntry(
                entry.String("manager") ?? "",
                entry.String("operation") ?? UpdateOperation,
                entry.String("apiVersion") ?? "",
                entry.String("time") ?? "",
                FieldSet.FromFieldsV1(entry.Object("fieldsV1"))))
            .ToList();

    public static void Write(JsonObject obj, IEnumerable<ManagedFieldsEntry> entries)
    {
        var list = new JsonArray();
        foreach (var entry in entries.Where(entry => !entry.Fields.IsEmpty))
        {
            list.Add(new JsonObject
            {
                ["manager"] = entry.Manager,
                ["operation"] = entry.Operation,
                ["apiVersion"] = entry.ApiVersion,
                ["time"] = entry.Time,
                ["fieldsType"] = "FieldsV1",
                ["fieldsV1"] = entry.Fields.ToFieldsV1(),
            });
        }

        obj.Metadata()["managedFields"] = list;
    }

    private static string FieldErrorQuote(string text) => Validation.FieldError.Quote(text);
}
