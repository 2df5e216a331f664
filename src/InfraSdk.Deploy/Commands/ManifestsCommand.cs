using System.CommandLine;
using InfraSdk.Deploy.Hosting;
using InfraSdk.Deploy.Manifests;

namespace InfraSdk.Deploy.Commands;

/// <summary><c>manifests -o DIR|-</c>: one file per object plus kustomization.yaml, or one YAML stream on stdout.</summary>
internal static class ManifestsCommand
{
    public static Command Create(HostContext host)
    {
        var output = new Option<string>("--output", "-o")
        {
            Description = "A folder for <namespace>/<kind>-<name>.yaml files and kustomization.yaml, or - for one YAML stream on stdout.",
            Required = true,
        };
        var command = new Command("manifests", "Write the topology's Kubernetes manifests.") { output };
        command.SetAction(parse =>
        {
            var manifests = host.Topology.Objects.Select(o => o.Manifest).ToList();
            var target = parse.GetValue(output)!;
            if (target == "-")
            {
                ManifestStream.Write(host.Out, manifests);
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
