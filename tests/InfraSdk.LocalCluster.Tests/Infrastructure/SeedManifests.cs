namespace InfraSdk.LocalCluster.Tests.Infrastructure;

/// <summary>The seed's Deployment and NodePort Service, and variations of a Service manifest.</summary>
internal static class SeedManifests
{
    public const string SeedDeployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: my-web-app
          namespace: default
          labels:
            app: my-web-app
        spec:
          replicas: 3
          selector:
            matchLabels:
              app: my-web-app
          template:
            metadata:
              labels:
                app: my-web-app
            spec:
              containers:
              - name: web
                image: nginx:1.27
                ports:
                - containerPort: 8080
        """;

    public const string SeedService = """
        apiVersion: v1
        kind: Service
        metadata:
          name: my-nodeport-service
          namespace: default
        spec:
          type: NodePort
          selector:
            app: my-web-app
          ports:
          - port: 80
            targetPort: 8080
            nodePort: 30007
        """;

    /// <summary>A NodePort Service named <paramref name="name"/> asking for <paramref name="nodePort"/>.</summary>
    public static string NodePortService(string name, int nodePort) => $$"""
        apiVersion: v1
        kind: Service
        metadata:
          name: {{name}}
          namespace: default
        spec:
          type: NodePort
          selector:
            app: my-web-app
          ports:
          - port: 80
            targetPort: 8080
            nodePort: {{nodePort}}
        """;
}
