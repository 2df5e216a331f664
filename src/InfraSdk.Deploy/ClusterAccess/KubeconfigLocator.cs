using InfraSdk.Deploy.Hosting;

namespace InfraSdk.Deploy.ClusterAccess;

/// <summary>Finds the kubeconfig files the way kubectl does: --kubeconfig, else every file in KUBECONFIG, else ~/.kube/config.</summary>
internal static class KubeconfigLocator
{
    public const string NoClusterMessage =
        "No Kubernetes cluster to talk to: run with --local for an embedded one, pass --kubeconfig FILE (or set KUBECONFIG), or create ~/.kube/config.";

    public static FileInfo[] Locate(string? explicitPath, Func<string, string?> environment)
    {
        if (!string.IsNullOrEmpty(explicitPath))
        {
            var file = new FileInfo(explicitPath);
            return file.Exists
                ? [file]
                : throw new CommandException($"The kubeconfig file {explicitPath} does not exist.", ExitCodes.Usage);
        }

        if (environment("KUBECONFIG") is { Length: > 0 } list)
        {
            var files = list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(path => new FileInfo(path))
                .Where(file => file.Exists)
                .ToArray();
            if (files.Length > 0)
            {
                return files;
            }
        }

        var home = environment("HOME") ?? environment("USERPROFILE");
        var defaultFile = home is null ? null : new FileInfo(Path.Combine(home, ".kube", "config"));
        return defaultFile is { Exists: true } ? [defaultFile] : throw new CommandException(NoClusterMessage, ExitCodes.Usage);
    }
}
