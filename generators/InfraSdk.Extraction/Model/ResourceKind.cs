namespace InfraSdk.Extraction.Model;

/// <summary>The model types a topology member can have.</summary>
internal enum ResourceKind
{
    Deployment,
    ClusterIPService,
    NodePortService,
    LoadBalancerService,
}
