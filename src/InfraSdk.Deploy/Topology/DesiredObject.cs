using InfraSdk.Deploy.Hosting;
using k8s;
using k8s.Models;

namespace InfraSdk.Deploy.Topology;

/// <summary>One declared object: its manifest, the typed object parsed back from it, and the topology that owns it.</summary>
internal sealed record DesiredObject(ObjectKey Key, string Topology, Manifest Manifest, IKubernetesObject<V1ObjectMeta> Object)
{
    /// <summary>
    /// Parses any manifest whose apiVersion and kind have a KubernetesClient model: as JSON when it is in the YAML
    /// writer's subset (see <see cref="WrittenYaml"/>), else with KubernetesYaml.
    /// </summary>
    public static DesiredObject Parse(Manifest manifest, string topology)
    {
        List<object> documents;
        try
        {
            documents = WrittenJson.Read(manifest.Yaml) is { } read ? [read] : KubernetesYaml.LoadAllFromString(manifest.Yaml);
        }
        catch (KeyNotFoundException error)
        {
            throw new CommandException($"InfraSdk cannot read {manifest}: KubernetesClient has no model for its apiVersion and kind ({error.Message.TrimEnd('.')}).", ExitCodes.Usage);
        }
        catch (YamlDotNet.Core.YamlException error)
        {
            throw new CommandException($"InfraSdk cannot read {manifest}: {error.Message.TrimEnd('.')}.", ExitCodes.Usage);
        }

        if (documents is not [IKubernetesObject<V1ObjectMeta> parsed] || parsed.Kind != manifest.Kind)
        {
            throw new CommandException($"The manifest of {manifest} must hold exactly one {manifest.Kind} object.", ExitCodes.Usage);
        }

        var key = new ObjectKey(GroupKind.GroupOf(parsed.ApiVersion), manifest.Kind, manifest.Namespace, manifest.Name);
        return new DesiredObject(key, topology, manifest, parsed);
    }

    public V1Service? Service => Object as V1Service;

    public V1Deployment? Deployment => Object as V1Deployment;

    public V1Secret? Secret => Object as V1Secret;
}
