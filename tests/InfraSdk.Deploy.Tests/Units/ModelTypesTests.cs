using System.Reflection;
using InfraSdk.Deploy.Topology;
using k8s;
using k8s.Models;

namespace InfraSdk.Deploy.Tests.Units;

/// <summary><see cref="ModelTypes"/> finds, for every apiVersion and kind KubernetesClient has a model for, a model its attribute names so.</summary>
public sealed class ModelTypesTests
{
    [Fact]
    public void Every_model_kind_is_found_as_a_type_whose_attribute_says_that_apiVersion_and_kind()
    {
        var entities = typeof(V1Namespace).Assembly.GetTypes()
            .Where(type => typeof(IKubernetesObject<V1ObjectMeta>).IsAssignableFrom(type))
            .Select(type => type.GetCustomAttribute<KubernetesEntityAttribute>())
            .OfType<KubernetesEntityAttribute>()
            .Where(entity => entity.Kind.Length > 0)
            .ToList();

        Assert.True(entities.Count > 100, "KubernetesClient has models for over a hundred kinds");
        foreach (var entity in entities)
        {
            var apiVersion = entity.Group.Length == 0 ? entity.ApiVersion : $"{entity.Group}/{entity.ApiVersion}";
            var found = ModelTypes.Find(apiVersion, entity.Kind);
            Assert.NotNull(found);
            var attribute = found.GetCustomAttribute<KubernetesEntityAttribute>()!;
            Assert.Equal((entity.Group, entity.ApiVersion, entity.Kind), (attribute.Group, attribute.ApiVersion, attribute.Kind));
        }

        Assert.Equal(typeof(V1Deployment), ModelTypes.Find("apps/v1", "Deployment"));
        Assert.Equal(typeof(V2HorizontalPodAutoscaler), ModelTypes.Find("autoscaling/v2", "HorizontalPodAutoscaler"));
        Assert.Null(ModelTypes.Find("example.com/v1", "Widget"));
        Assert.Null(ModelTypes.Find("v1", "Deployment"));
    }
}
