namespace InfraSdk;

/// <summary>A Pod volume, mounted into containers by <see cref="Name"/>.</summary>
public abstract record Volume(string Name);

public sealed record ConfigMapVolume(string Name, string ConfigMap) : Volume(Name);

public sealed record SecretVolume(string Name, string Secret) : Volume(Name);

/// <summary>Scratch space that lives as long as the Pod; <paramref name="SizeLimit"/> is a quantity ("1Gi").</summary>
public sealed record EmptyDirVolume(string Name, string? SizeLimit = null, bool? InMemory = null) : Volume(Name);

public sealed record PersistentVolumeClaimVolume(string Name, string ClaimName, bool? ReadOnly = null) : Volume(Name);

/// <summary>Mounts the Pod volume named <paramref name="Volume"/> at <paramref name="MountPath"/>.</summary>
public sealed record VolumeMount(string Volume, string MountPath, bool? ReadOnly = null, string? SubPath = null);
