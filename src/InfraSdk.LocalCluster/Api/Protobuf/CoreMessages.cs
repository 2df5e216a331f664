using static InfraSdk.LocalCluster.Api.Protobuf.ProtoFields;

namespace InfraSdk.LocalCluster.Api.Protobuf;

/// <summary>
/// The messages of k8s.io/api core/v1 that Namespace, Service, ConfigMap, Secret and Pod (and a Deployment's pod
/// template) reach, with the field numbers of its generated.proto. Messages and fields left out (rare volume sources,
/// ephemeral containers, container statuses) are skipped when a body carries them.
/// </summary>
internal static class CoreMessages
{
    public static readonly IReadOnlyDictionary<string, ProtoField[]> All = new Dictionary<string, ProtoField[]>
    {
        ["Namespace"] = [Message(1, "metadata", "ObjectMeta"), Message(2, "spec", "NamespaceSpec"), Message(3, "status", "NamespaceStatus")],
        ["NamespaceSpec"] = [Texts(1, "finalizers")],
        ["NamespaceStatus"] = [Text(1, "phase"), Messages(2, "conditions", "NamespaceCondition")],
        ["NamespaceCondition"] =
        [
            Text(1, "type", kept: true), Text(2, "status", kept: true), Time(4, "lastTransitionTime"), Text(5, "reason"), Text(6, "message"),
        ],

        ["ConfigMap"] = [Message(1, "metadata", "ObjectMeta"), Flag(4, "immutable", kept: true), TextMap(2, "data"), BytesMap(3, "binaryData")],
        ["Secret"] =
        [
            Message(1, "metadata", "ObjectMeta"), Flag(5, "immutable", kept: true), BytesMap(2, "data"), TextMap(4, "stringData"), Text(3, "type"),
        ],

        ["Service"] = [Message(1, "metadata", "ObjectMeta"), Message(2, "spec", "ServiceSpec"), Message(3, "status", "ServiceStatus")],
        ["ServiceSpec"] =
        [
            Messages(1, "ports", "ServicePort"), TextMap(2, "selector"), Text(3, "clusterIP"), Texts(18, "clusterIPs"), Text(4, "type"),
            Texts(5, "externalIPs"), Text(7, "sessionAffinity"), Text(8, "loadBalancerIP"), Texts(9, "loadBalancerSourceRanges"),
            Text(10, "externalName"), Text(11, "externalTrafficPolicy"), Int32(12, "healthCheckNodePort"),
            Flag(13, "publishNotReadyAddresses"), Message(14, "sessionAffinityConfig", "SessionAffinityConfig"), Texts(19, "ipFamilies"),
            Text(17, "ipFamilyPolicy", kept: true), Flag(20, "allocateLoadBalancerNodePorts", kept: true),
            Text(21, "loadBalancerClass", kept: true), Text(22, "internalTrafficPolicy", kept: true), Text(23, "trafficDistribution", kept: true),
        ],
        ["ServicePort"] =
        [
            Text(1, "name"), Text(2, "protocol"), Text(6, "appProtocol", kept: true), Int32(3, "port", kept: true),
            IntOrString(4, "targetPort"), Int32(5, "nodePort"),
        ],
        ["SessionAffinityConfig"] = [Message(1, "clientIP", "ClientIPConfig")],
        ["ClientIPConfig"] = [Int32(1, "timeoutSeconds", kept: true)],
        ["ServiceStatus"] = [Message(1, "loadBalancer", "LoadBalancerStatus"), Messages(2, "conditions", "Condition")],
        ["LoadBalancerStatus"] = [Messages(1, "ingress", "LoadBalancerIngress")],
        ["LoadBalancerIngress"] = [Text(1, "ip"), Text(2, "hostname"), Text(3, "ipMode", kept: true), Messages(4, "ports", "PortStatus")],
        ["PortStatus"] = [Int32(1, "port", kept: true), Text(2, "protocol", kept: true), Text(3, "error", kept: true)],

        ["Pod"] = [Message(1, "metadata", "ObjectMeta"), Message(2, "spec", "PodSpec"), Message(3, "status", "PodStatus")],
        ["PodTemplateSpec"] = [Message(1, "metadata", "ObjectMeta"), Message(2, "spec", "PodSpec")],
        ["PodSpec"] =
        [
            Messages(1, "volumes", "Volume"), Messages(20, "initContainers", "Container"), Messages(2, "containers", "Container"),
            Text(3, "restartPolicy"), Int64(4, "terminationGracePeriodSeconds", kept: true), Int64(5, "activeDeadlineSeconds", kept: true),
            Text(6, "dnsPolicy"), TextMap(7, "nodeSelector"), Text(8, "serviceAccountName"), Text(9, "serviceAccount"),
            Flag(21, "automountServiceAccountToken", kept: true), Text(10, "nodeName"), Flag(11, "hostNetwork"), Flag(12, "hostPID"),
            Flag(13, "hostIPC"), Flag(27, "shareProcessNamespace", kept: true), Message(14, "securityContext", "PodSecurityContext"),
            Messages(15, "imagePullSecrets", "LocalObjectReference"), Text(16, "hostname"), Text(17, "subdomain"),
            Message(18, "affinity", "Affinity"), Text(19, "schedulerName"), Messages(22, "tolerations", "Toleration"),
            Messages(23, "hostAliases", "HostAlias"), Text(24, "priorityClassName"), Int32(25, "priority", kept: true),
            Message(26, "dnsConfig", "PodDNSConfig"), Messages(28, "readinessGates", "PodReadinessGate"),
            Text(29, "runtimeClassName", kept: true), Flag(30, "enableServiceLinks", kept: true), Text(31, "preemptionPolicy", kept: true),
            QuantityMap(32, "overhead"), Messages(33, "topologySpreadConstraints", "TopologySpreadConstraint"),
            Flag(35, "setHostnameAsFQDN", kept: true), Message(36, "os", "PodOS"), Flag(37, "hostUsers", kept: true),
            Messages(38, "schedulingGates", "PodSchedulingGate"), Messages(39, "resourceClaims", "PodResourceClaim"),
            Message(40, "resources", "ResourceRequirements"), Text(41, "hostnameOverride", kept: true),
        ],
        ["PodStatus"] =
        [
            Int64(17, "observedGeneration"), Text(1, "phase"), Messages(2, "conditions", "PodCondition"), Text(3, "message"), Text(4, "reason"),
            Text(11, "nominatedNodeName"), Text(5, "hostIP"), Messages(16, "hostIPs", "HostIP"), Text(6, "podIP"),
            Messages(12, "podIPs", "PodIP"), Time(7, "startTime"), Text(9, "qosClass"),
        ],
        ["PodCondition"] =
        [
            Text(1, "type", kept: true), Int64(7, "observedGeneration"), Text(2, "status", kept: true), Time(3, "lastProbeTime"),
            Time(4, "lastTransitionTime"), Text(5, "reason"), Text(6, "message"),
        ],
        ["HostIP"] = [Text(1, "ip", kept: true)],
        ["PodIP"] = [Text(1, "ip", kept: true)],
        ["PodOS"] = [Text(1, "name", kept: true)],
        ["PodReadinessGate"] = [Text(1, "conditionType", kept: true)],
        ["PodSchedulingGate"] = [Text(1, "name", kept: true)],
        ["PodResourceClaim"] =
        [
            Text(1, "name", kept: true), Text(3, "resourceClaimName", kept: true), Text(4, "resourceClaimTemplateName", kept: true),
        ],
        ["PodDNSConfig"] = [Texts(1, "nameservers"), Texts(2, "searches"), Messages(3, "options", "PodDNSConfigOption")],
        ["PodDNSConfigOption"] = [Text(1, "name"), Text(2, "value", kept: true)],
        ["HostAlias"] = [Text(1, "ip", kept: true), Texts(2, "hostnames")],
        ["Toleration"] = [Text(1, "key"), Text(2, "operator"), Text(3, "value"), Text(4, "effect"), Int64(5, "tolerationSeconds", kept: true)],
        ["TopologySpreadConstraint"] =
        [
            Int32(1, "maxSkew", kept: true), Text(2, "topologyKey", kept: true), Text(3, "whenUnsatisfiable", kept: true),
            Message(4, "labelSelector", "LabelSelector"), Int32(5, "minDomains", kept: true), Text(6, "nodeAffinityPolicy", kept: true),
            Text(7, "nodeTaintsPolicy", kept: true), Texts(8, "matchLabelKeys"),
        ],
        ["PodSecurityContext"] =
        [
            Message(1, "seLinuxOptions", "SELinuxOptions"), Message(8, "windowsOptions", "WindowsSecurityContextOptions"),
            Int64(2, "runAsUser", kept: true), Int64(6, "runAsGroup", kept: true), Flag(3, "runAsNonRoot", kept: true),
            Int64s(4, "supplementalGroups"), Text(12, "supplementalGroupsPolicy", kept: true), Int64(5, "fsGroup", kept: true),
            Messages(7, "sysctls", "Sysctl"), Text(9, "fsGroupChangePolicy", kept: true), Message(10, "seccompProfile", "SeccompProfile"),
            Message(11, "appArmorProfile", "AppArmorProfile"), Text(13, "seLinuxChangePolicy", kept: true),
        ],
        ["Sysctl"] = [Text(1, "name", kept: true), Text(2, "value", kept: true)],
        ["SELinuxOptions"] = [Text(1, "user"), Text(2, "role"), Text(3, "type"), Text(4, "level")],
        ["WindowsSecurityContextOptions"] =
        [
            Text(1, "gmsaCredentialSpecName", kept: true), Text(2, "gmsaCredentialSpec", kept: true), Text(3, "runAsUserName", kept: true),
            Flag(4, "hostProcess", kept: true),
        ],
        ["SeccompProfile"] = [Text(1, "type", kept: true), Text(2, "localhostProfile", kept: true)],
        ["AppArmorProfile"] = [Text(1, "type", kept: true), Text(2, "localhostProfile", kept: true)],

        ["Affinity"] =
        [
            Message(1, "nodeAffinity", "NodeAffinity"), Message(2, "podAffinity", "PodAffinity"), Message(3, "podAntiAffinity", "PodAntiAffinity"),
        ],
        ["NodeAffinity"] =
        [
            Message(1, "requiredDuringSchedulingIgnoredDuringExecution", "NodeSelector"),
            Messages(2, "preferredDuringSchedulingIgnoredDuringExecution", "PreferredSchedulingTerm"),
        ],
        ["NodeSelector"] = [Messages(1, "nodeSelectorTerms", "NodeSelectorTerm")],
        ["NodeSelectorTerm"] = [Messages(1, "matchExpressions", "NodeSelectorRequirement"), Messages(2, "matchFields", "NodeSelectorRequirement")],
        ["NodeSelectorRequirement"] = [Text(1, "key", kept: true), Text(2, "operator", kept: true), Texts(3, "values")],
        ["PreferredSchedulingTerm"] = [Int32(1, "weight", kept: true), Message(2, "preference", "NodeSelectorTerm")],
        ["PodAffinity"] =
        [
            Messages(1, "requiredDuringSchedulingIgnoredDuringExecution", "PodAffinityTerm"),
            Messages(2, "preferredDuringSchedulingIgnoredDuringExecution", "WeightedPodAffinityTerm"),
        ],
        ["PodAntiAffinity"] =
        [
            Messages(1, "requiredDuringSchedulingIgnoredDuringExecution", "PodAffinityTerm"),
            Messages(2, "preferredDuringSchedulingIgnoredDuringExecution", "WeightedPodAffinityTerm"),
        ],
        ["PodAffinityTerm"] =
        [
            Message(1, "labelSelector", "LabelSelector"), Texts(2, "namespaces"), Text(3, "topologyKey", kept: true),
            Message(4, "namespaceSelector", "LabelSelector"), Texts(5, "matchLabelKeys"), Texts(6, "mismatchLabelKeys"),
        ],
        ["WeightedPodAffinityTerm"] = [Int32(1, "weight", kept: true), Message(2, "podAffinityTerm", "PodAffinityTerm")],

        ["Container"] =
        [
            Text(1, "name", kept: true), Text(2, "image"), Texts(3, "command"), Texts(4, "args"), Text(5, "workingDir"),
            Messages(6, "ports", "ContainerPort"), Messages(19, "envFrom", "EnvFromSource"), Messages(7, "env", "EnvVar"),
            Message(8, "resources", "ResourceRequirements"), Messages(23, "resizePolicy", "ContainerResizePolicy"),
            Text(24, "restartPolicy", kept: true), Messages(25, "restartPolicyRules", "ContainerRestartRule"),
            Messages(9, "volumeMounts", "VolumeMount"), Messages(21, "volumeDevices", "VolumeDevice"), Message(10, "livenessProbe", "Probe"),
            Message(11, "readinessProbe", "Probe"), Message(22, "startupProbe", "Probe"), Message(12, "lifecycle", "Lifecycle"),
            Text(13, "terminationMessagePath"), Text(20, "terminationMessagePolicy"), Text(14, "imagePullPolicy"),
            Message(15, "securityContext", "SecurityContext"), Flag(16, "stdin"), Flag(17, "stdinOnce"), Flag(18, "tty"),
        ],
        ["ContainerPort"] = [Text(1, "name"), Int32(2, "hostPort"), Int32(3, "containerPort", kept: true), Text(4, "protocol"), Text(5, "hostIP")],
        ["ContainerResizePolicy"] = [Text(1, "resourceName", kept: true), Text(2, "restartPolicy", kept: true)],
        ["ContainerRestartRule"] = [Text(1, "action"), Message(2, "exitCodes", "ContainerRestartRuleOnExitCodes")],
        ["ContainerRestartRuleOnExitCodes"] = [Text(1, "operator"), Int32s(2, "values")],
        ["EnvVar"] = [Text(1, "name", kept: true), Text(2, "value"), Message(3, "valueFrom", "EnvVarSource")],
        ["EnvVarSource"] =
        [
            Message(1, "fieldRef", "ObjectFieldSelector"), Message(2, "resourceFieldRef", "ResourceFieldSelector"),
            Message(3, "configMapKeyRef", "ConfigMapKeySelector"), Message(4, "secretKeyRef", "SecretKeySelector"),
            Message(5, "fileKeyRef", "FileKeySelector"),
        ],
        ["EnvFromSource"] = [Text(1, "prefix"), Message(2, "configMapRef", "ConfigMapEnvSource"), Message(3, "secretRef", "SecretEnvSource")],
        ["ConfigMapEnvSource"] = [Inline(1, "LocalObjectReference"), Flag(2, "optional", kept: true)],
        ["SecretEnvSource"] = [Inline(1, "LocalObjectReference"), Flag(2, "optional", kept: true)],
        ["ConfigMapKeySelector"] = [Inline(1, "LocalObjectReference"), Text(2, "key", kept: true), Flag(3, "optional", kept: true)],
        ["SecretKeySelector"] = [Inline(1, "LocalObjectReference"), Text(2, "key", kept: true), Flag(3, "optional", kept: true)],
        ["FileKeySelector"] = [Text(1, "volumeName", kept: true), Text(2, "path", kept: true), Text(3, "key", kept: true), Flag(4, "optional", kept: true)],
        ["ObjectFieldSelector"] = [Text(1, "apiVersion"), Text(2, "fieldPath", kept: true)],
        ["ResourceFieldSelector"] = [Text(1, "containerName"), Text(2, "resource", kept: true), Quantity(3, "divisor")],
        ["LocalObjectReference"] = [Text(1, "name")],
        ["ResourceRequirements"] = [QuantityMap(1, "limits"), QuantityMap(2, "requests"), Messages(3, "claims", "ResourceClaim")],
        ["ResourceClaim"] = [Text(1, "name", kept: true), Text(2, "request")],
        ["VolumeMount"] =
        [
            Text(1, "name", kept: true), Flag(2, "readOnly"), Text(7, "recursiveReadOnly", kept: true), Text(3, "mountPath", kept: true),
            Text(4, "subPath"), Text(5, "mountPropagation", kept: true), Text(6, "subPathExpr"),
        ],
        ["VolumeDevice"] = [Text(1, "name", kept: true), Text(2, "devicePath", kept: true)],
        ["Probe"] =
        [
            Inline(1, "ProbeHandler"), Int32(2, "initialDelaySeconds"), Int32(3, "timeoutSeconds"), Int32(4, "periodSeconds"),
            Int32(5, "successThreshold"), Int32(6, "failureThreshold"), Int64(7, "terminationGracePeriodSeconds", kept: true),
        ],
        ["ProbeHandler"] =
        [
            Message(1, "exec", "ExecAction"), Message(2, "httpGet", "HTTPGetAction"), Message(3, "tcpSocket", "TCPSocketAction"),
            Message(4, "grpc", "GRPCAction"),
        ],
        ["Lifecycle"] = [Message(1, "postStart", "LifecycleHandler"), Message(2, "preStop", "LifecycleHandler"), Text(3, "stopSignal", kept: true)],
        ["LifecycleHandler"] =
        [
            Message(1, "exec", "ExecAction"), Message(2, "httpGet", "HTTPGetAction"), Message(3, "tcpSocket", "TCPSocketAction"),
            Message(4, "sleep", "SleepAction"),
        ],
        ["ExecAction"] = [Texts(1, "command")],
        ["HTTPGetAction"] = [Text(1, "path"), IntOrString(2, "port"), Text(3, "host"), Text(4, "scheme"), Messages(5, "httpHeaders", "HTTPHeader")],
        ["HTTPHeader"] = [Text(1, "name", kept: true), Text(2, "value", kept: true)],
        ["TCPSocketAction"] = [IntOrString(1, "port"), Text(2, "host")],
        ["GRPCAction"] = [Int32(1, "port", kept: true), Text(2, "service", kept: true)],
        ["SleepAction"] = [Int64(1, "seconds", kept: true)],
        ["SecurityContext"] =
        [
            Message(1, "capabilities", "Capabilities"), Flag(2, "privileged", kept: true), Message(3, "seLinuxOptions", "SELinuxOptions"),
            Message(10, "windowsOptions", "WindowsSecurityContextOptions"), Int64(4, "runAsUser", kept: true),
            Int64(8, "runAsGroup", kept: true), Flag(5, "runAsNonRoot", kept: true), Flag(6, "readOnlyRootFilesystem", kept: true),
            Flag(7, "allowPrivilegeEscalation", kept: true), Text(9, "procMount", kept: true), Message(11, "seccompProfile", "SeccompProfile"),
            Message(12, "appArmorProfile", "AppArmorProfile"),
        ],
        ["Capabilities"] = [Texts(1, "add"), Texts(2, "drop")],

        ["Volume"] = [Text(1, "name", kept: true), Inline(2, "VolumeSource")],
        ["VolumeSource"] =
        [
            Message(1, "hostPath", "HostPathVolumeSource"), Message(2, "emptyDir", "EmptyDirVolumeSource"),
            Message(6, "secret", "SecretVolumeSource"), Message(7, "nfs", "NFSVolumeSource"),
            Message(10, "persistentVolumeClaim", "PersistentVolumeClaimVolumeSource"), Message(16, "downwardAPI", "DownwardAPIVolumeSource"),
            Message(19, "configMap", "ConfigMapVolumeSource"), Message(26, "projected", "ProjectedVolumeSource"),
            Message(28, "csi", "CSIVolumeSource"), Message(30, "image", "ImageVolumeSource"),
        ],
        ["HostPathVolumeSource"] = [Text(1, "path", kept: true), Text(2, "type", kept: true)],
        ["EmptyDirVolumeSource"] = [Text(1, "medium"), Quantity(2, "sizeLimit")],
        ["SecretVolumeSource"] = [Text(1, "secretName"), Messages(2, "items", "KeyToPath"), Int32(3, "defaultMode", kept: true), Flag(4, "optional", kept: true)],
        ["NFSVolumeSource"] = [Text(1, "server", kept: true), Text(2, "path", kept: true), Flag(3, "readOnly")],
        ["PersistentVolumeClaimVolumeSource"] = [Text(1, "claimName", kept: true), Flag(2, "readOnly")],
        ["DownwardAPIVolumeSource"] = [Messages(1, "items", "DownwardAPIVolumeFile"), Int32(2, "defaultMode", kept: true)],
        ["DownwardAPIVolumeFile"] =
        [
            Text(1, "path", kept: true), Message(2, "fieldRef", "ObjectFieldSelector"), Message(3, "resourceFieldRef", "ResourceFieldSelector"),
            Int32(4, "mode", kept: true),
        ],
        ["ConfigMapVolumeSource"] =
        [
            Inline(1, "LocalObjectReference"), Messages(2, "items", "KeyToPath"), Int32(3, "defaultMode", kept: true), Flag(4, "optional", kept: true),
        ],
        ["KeyToPath"] = [Text(1, "key", kept: true), Text(2, "path", kept: true), Int32(3, "mode", kept: true)],
        ["ProjectedVolumeSource"] = [Messages(1, "sources", "VolumeProjection"), Int32(2, "defaultMode", kept: true)],
        ["VolumeProjection"] =
        [
            Message(1, "secret", "SecretProjection"), Message(2, "downwardAPI", "DownwardAPIProjection"),
            Message(3, "configMap", "ConfigMapProjection"), Message(4, "serviceAccountToken", "ServiceAccountTokenProjection"),
            Message(5, "clusterTrustBundle", "ClusterTrustBundleProjection"),
        ],
        ["SecretProjection"] = [Inline(1, "LocalObjectReference"), Messages(2, "items", "KeyToPath"), Flag(4, "optional", kept: true)],
        ["ConfigMapProjection"] = [Inline(1, "LocalObjectReference"), Messages(2, "items", "KeyToPath"), Flag(4, "optional", kept: true)],
        ["DownwardAPIProjection"] = [Messages(1, "items", "DownwardAPIVolumeFile")],
        ["ServiceAccountTokenProjection"] = [Text(1, "audience"), Int64(2, "expirationSeconds", kept: true), Text(3, "path", kept: true)],
        ["ClusterTrustBundleProjection"] =
        [
            Text(1, "name", kept: true), Text(2, "signerName", kept: true), Message(3, "labelSelector", "LabelSelector"),
            Flag(5, "optional", kept: true), Text(4, "path", kept: true),
        ],
        ["CSIVolumeSource"] =
        [
            Text(1, "driver", kept: true), Flag(2, "readOnly", kept: true), Text(3, "fsType", kept: true), TextMap(4, "volumeAttributes"),
            Message(5, "nodePublishSecretRef", "LocalObjectReference"),
        ],
        ["ImageVolumeSource"] = [Text(1, "reference"), Text(2, "pullPolicy")],
    };
}
