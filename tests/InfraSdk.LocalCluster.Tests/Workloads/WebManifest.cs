namespace InfraSdk.LocalCluster.Tests.Workloads;

/// <summary>The Deployment "web" (nginx, port 8080, app=web) and its NodePort Service, as YAML for kubectl apply.</summary>
internal static class WebManifest
{
    public static string Deployment(int replicas, string image = "nginx:1.27", string maxSurge = "25%", string maxUnavailable = "25%") => $$"""
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
          namespace: default
        spec:
          replicas: {{replicas}}
          strategy:
            type: RollingUpdate
            rollingUpdate:
              maxSurge: {{maxSurge}}
              maxUnavailable: {{maxUnavailable}}
          selector:
            matchLabels:
              app: web
          template:
            metadata:
              labels:
                app: web
            spec:
              containers:
              - name: web
                image: {{image}}
                ports:
                - containerPort: 8080
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: web
          namespace: default
        spec:
          type: NodePort
          selector:
            app: web
          ports:
          - port: 80
            targetPort: 8080
        """;
}
