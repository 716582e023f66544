namespace RedFire.Lint.Rules;

public static partial class RuleIds
{
    /// <summary>A Dockerfile the builder would reject (reported by the Dockerfile loader).</summary>
    public const string DockerfileSyntax = "RF0001";

    public const string FinalStageRunsAsRoot = "RF1001";
    public const string UntaggedOrLatestBaseImage = "RF1002";
    public const string MissingHealthcheck = "RF1003";
    public const string AptGetWithoutYes = "RF1004";
    public const string AptGetWithoutNoInstallRecommends = "RF1005";
    public const string AptListsNotRemoved = "RF1006";
    public const string AptInsteadOfAptGet = "RF1007";
    public const string AptGetUnpinnedPackages = "RF1008";
    public const string SudoInRun = "RF1009";
    public const string CdInRun = "RF1010";
    public const string RelativeWorkdir = "RF1011";
    public const string AddForLocalFiles = "RF1012";
    public const string CopyManySourcesToFile = "RF1013";
    public const string CopyFromUnknownStage = "RF1014";
    public const string DuplicateStageName = "RF1015";
    public const string ReservedStageName = "RF1016";
    public const string StageNameCasing = "RF1017";
    public const string InvalidJsonFallsBackToShell = "RF1018";
    public const string MultipleCmdEntrypointHealthcheck = "RF1019";
    public const string ShellFormCmdEntrypoint = "RF1020";
    public const string MaintainerDeprecated = "RF1021";
    public const string ExposePortOutOfRange = "RF1022";
    public const string ExposeInvalidFormat = "RF1023";
    public const string ExposeProtocolCasing = "RF1024";
    public const string CurlPipedToShell = "RF1025";
    public const string PipInstallKeepsCache = "RF1026";
    public const string PipUnpinnedPackages = "RF1027";
    public const string NpmUnpinnedPackages = "RF1028";
    public const string GemUnpinnedPackages = "RF1029";
    public const string ApkUnpinnedPackages = "RF1030";
    public const string ApkAddWithoutNoCache = "RF1031";
    public const string RpmInstallWithoutYes = "RF1032";
    public const string RpmCacheNotCleaned = "RF1033";
    public const string FromPlatformConstant = "RF1034";
    public const string UndefinedArgInFrom = "RF1035";
    public const string LegacyKeyValueFormat = "RF1036";
    public const string InconsistentInstructionCasing = "RF1037";
    public const string FromAsCasing = "RF1038";
    public const string EmptyContinuationLine = "RF1039";
    public const string UndefinedVariable = "RF1040";
    public const string WorldWritableChmod = "RF1041";
    public const string UseraddHighUidWithoutNoLogInit = "RF1042";
    public const string RedundantTargetPlatform = "RF1043";
    public const string ExposeSshPort = "RF1044";
    public const string PackageUpdateAlone = "RF1045";
    public const string PipeWithoutPipefail = "RF1047";
    public const string TlsVerificationDisabled = "RF1046";
}
