namespace InfraSdk.LocalCluster.Tests.Infrastructure;

/// <summary>One object of every kind beyond Deployments and Services, as an application's manifests carry them.</summary>
internal static class WorkloadManifests
{
    /// <summary>A ConfigMap, Secret, Ingress, NetworkPolicy, PDB, HPA, ServiceAccount, StatefulSet and CronJob in <paramref name="ns"/>.</summary>
    public static string All(string ns) => $$"""
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: web-config
          namespace: {{ns}}
          labels:
            app: web
        data:
          LOG_LEVEL: info
          app.properties: "mode=fast"
        ---
        apiVersion: v1
        kind: Secret
        metadata:
          name: web-secret
          namespace: {{ns}}
          labels:
            app: web
        type: Opaque
        data:
          password: czNjcjN0
        stringData:
          token: abc
        ---
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          name: web
          namespace: {{ns}}
        ---
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: web
          namespace: {{ns}}
        spec:
          rules:
          - host: shop.example.com
            http:
              paths:
              - path: /
                pathType: Prefix
                backend:
                  service:
                    name: web
                    port:
                      number: 80
        ---
        apiVersion: networking.k8s.io/v1
        kind: NetworkPolicy
        metadata:
          name: web-allow
          namespace: {{ns}}
        spec:
          podSelector:
            matchLabels:
              app: web
          ingress:
          - ports:
            - port: 8080
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata:
          name: web
          namespace: {{ns}}
        spec:
          minAvailable: 1
          selector:
            matchLabels:
              app: web
        ---
        apiVersion: autoscaling/v2
        kind: HorizontalPodAutoscaler
        metadata:
          name: web
          namespace: {{ns}}
        spec:
          scaleTargetRef:
            apiVersion: apps/v1
            kind: Deployment
            name: web
          minReplicas: 2
          maxReplicas: 5
        ---
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: db
          namespace: {{ns}}
        spec:
          serviceName: db
          replicas: 1
          selector:
            matchLabels:
              app: db
          template:
            metadata:
              labels:
                app: db
            spec:
              containers:
              - name: db
                image: postgres:16
                ports:
                - containerPort: 5432
                volumeMounts:
                - name: data
                  mountPath: /var/lib/postgresql/data
          volumeClaimTemplates:
          - metadata:
              name: data
            spec:
              accessModes: ["ReadWriteOnce"]
              resources:
                requests:
                  storage: 1Gi
        ---
        apiVersion: batch/v1
        kind: CronJob
        metadata:
          name: nightly
          namespace: {{ns}}
        spec:
          schedule: "0 3 * * *"
          jobTemplate:
            spec:
              template:
                spec:
                  restartPolicy: OnFailure
                  containers:
                  - name: report
                    image: busybox:1.36
                    command: ["sh", "-c", "echo report"]
        """;
}
