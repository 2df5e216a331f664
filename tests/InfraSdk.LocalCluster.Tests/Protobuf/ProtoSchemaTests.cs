using System.Reflection;
using System.Text.Json.Serialization;
using InfraSdk.LocalCluster.Api.Protobuf;

namespace InfraSdk.LocalCluster.Tests.Protobuf;

/// <summary>The hand-written schema table against itself and against the KubernetesClient models' JSON names.</summary>
public sealed class ProtoSchemaTests
{
    /// <summary>Messages with no model of their own: the envelope, and structs Go inlines into their parent.</summary>
    private static readonly string[] WithoutModel = ["Unknown", "TypeMeta", "ProbeHandler", "VolumeSource"];

    /// <summary>Fields newer than KubernetesClient 21.0.8's models, as Model.jsonName.</summary>
    private static readonly string[] NewerThanTheModels = ["V1DeploymentSpec.podReplacementPolicy"];

    [Fact]
    public void Every_message_a_field_names_is_in_the_table_and_every_kind_has_its_message()
    {
        var missing = ProtoSchema.Messages
            .SelectMany(message => message.Value.Values.Where(field => field.MessageName is { } name && !ProtoSchema.Messages.ContainsKey(name))
                .Select(field => $"{message.Key}.{field.JsonName} -> {field.MessageName}"))
            .Concat(ProtoSchema.Kinds.Values.Where(name => !ProtoSchema.Messages.ContainsKey(name)))
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_json_name_is_a_property_of_the_KubernetesClient_model_of_its_message()
    {
        var models = typeof(k8s.Models.V1Pod).Assembly.GetExportedTypes().Where(type => type.Namespace == "k8s.Models").ToDictionary(type => type.Name);
        var unknown = new List<string>();
        foreach (var (name, fields) in ProtoSchema.Messages)
        {
            if (WithoutModel.Contains(name))
            {
                continue;
            }

            var modelName = name == "ResourceClaim" ? "Corev1ResourceClaim" : "V1" + name;
            Assert.True(models.TryGetValue(modelName, out var model), $"no model {modelName}");
            var properties = model.GetProperties().Select(property => property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name).ToHashSet();
            unknown.AddRange(JsonNames(fields.Values).Where(json => !properties.Contains(json)).Select(json => $"{modelName}.{json}"));
        }

        Assert.Equal(NewerThanTheModels.Order(), unknown.Order());
    }

    /// <summary>The JSON names a message writes, its inline messages' included.</summary>
    private static IEnumerable<string> JsonNames(IEnumerable<ProtoField> fields) =>
        fields.SelectMany(field => field.Inline ? JsonNames(ProtoSchema.Messages[field.MessageName!].Values) : [field.JsonName]);
}
