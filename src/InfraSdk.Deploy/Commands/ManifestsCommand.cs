using System.CommandLine;
using InfraSdk.Deploy.Hosting;
using InfraSdk.Deploy.Manifests;
using InfraSdk.Deploy.Secrets;
using k8s;

namespace InfraSdk.Deploy.Commands;

/// <summary>
/// <c>manifests -o DIR|-</c>: one file per object plus kustomization.yaml, or one YAML stream on stdout. Secrets are
/// written as declared, without values, unless --include-secrets resolves their sources.
/// </summary>
internal static class ManifestsCommand
{
    public static Command Create(HostContext host)
    {
        var output = new Option<string>("--output", "-o")
        {
            Description = "A folder for <namespace>/<kind>-<name>.yaml files and kustomization.yaml, or - for one YAML stream on stdout.",
            Required = true,
        };
        var includeSecrets = new Option<bool>("--include-secrets")
        {
            Description = "Write each Secret with its values (stringData), read from its sources (infrasdk.io/secret-sources) as deploy reads them; an unset source is an error (exit 2).",
        };
        var command = new Command("manifests", "Write the topology's Kubernetes manifests; Secrets hold no values unless --include-secrets.") { output, includeSecrets };
        command.SetAction(parse =>
        {
            var withSecrets = parse.GetValue(includeSecrets);
            if (withSecrets)
            {
                SecretResolution.Apply(host.Topology, new SecretValues(host.Console.Environment, Directory.GetCurrentDirectory()), host.Redactor, generateMissing: false);
            }

            var manifests = host.Topology.Objects
                .Select(o => withSecrets && o.Secret is not null ? o.Manifest with { Yaml = KubernetesYaml.Serialize(o.Object) } : o.Manifest)
                .ToList();
            var target = parse.GetValue(output)!;
            if (target == "-")
            {
                // Asked-for values must reach stdout as they are; stderr stays masked.
                ManifestStream.Write(withSecrets ? host.Console.Out : host.Out, manifests);
                return ExitCodes.Success;
            }

            try
            {
                var written = ManifestFolderWriter.Write(target, manifests);
                host.Error.WriteLine($"Wrote {written.Count} manifests and {ManifestLayout.KustomizationFile} to {Path.GetFullPath(target)}.");
                return ExitCodes.Success;
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                throw new CommandException($"Cannot write the manifests to {target}: {error.Message}", ExitCodes.Failure);
            }
        });
        return command;
    }
}
