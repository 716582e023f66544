using System.Linq;
using RedFire.Lint.Secrets;
using Xunit;

namespace RedFire.Lint.Tests.Secrets;

public class CredentialTests
{
    [Theory]
    [InlineData("DATABASE_URL=postgresql://redfire:Sup3rS3cret@postgres:5432/redfire", "Sup3rS3cret")]
    [InlineData("redis://:Sup3rS3cret@redis:6379/0", "Sup3rS3cret")]
    [InlineData("mongodb://admin:${MONGO_PASSWORD:-Sup3rS3cret}@mongo:27017", "Sup3rS3cret")]
    [InlineData("git clone https://" + SecretSamples.RandomKey + "@github.com/redfire/app.git", SecretSamples.RandomKey)]
    [InlineData("amqp://guest:guest@rabbitmq:5672/", "guest")]
    public void Finds_the_password_of_a_URL(string text, string secret)
    {
        var match = Assert.Single(SecretDetector.FindUrlCredentials(text));
        Assert.Equal(SecretKind.UrlCredential, match.Kind);
        Assert.Equal(secret, text.Substring(match.Start, match.Length));
    }

    [Theory]
    [InlineData("postgresql://${DB_USER}:${DB_PASSWORD}@postgres:5432/redfire")]
    [InlineData("redis://:${REDIS_PASSWORD}@redis:6379/0")]
    [InlineData("mongodb://$MONGO_USER:$MONGO_PASSWORD@mongodb:27017/redfire_logs")]
    [InlineData("postgresql://user:password@localhost/db")]
    [InlineData("postgresql://user:<password>@localhost/db")]
    [InlineData("https://user@example.com/path")]
    [InlineData("http://consul:8500")]
    [InlineData("https://hooks.slack.com/services/...")]
    [InlineData("see mailto:someone@example.com or ftp://host/a@b")]
    public void Ignores_URLs_without_a_hard_coded_password(string text) => Assert.Empty(SecretDetector.FindUrlCredentials(text));

    [Fact]
    public void A_known_token_in_a_URL_is_left_to_the_format()
    {
        Assert.Empty(SecretDetector.FindUrlCredentials($"https://{SecretSamples.GitHubToken}@github.com/o/r.git"));
        Assert.Single(SecretDetector.FindKnownFormats($"https://{SecretSamples.GitHubToken}@github.com/o/r.git"));
    }

    [Theory]
    [InlineData("curl -fsSL -u deploy:Sup3rS3cret https://artifacts/x.tgz", "Sup3rS3cret")]
    [InlineData("curl --user 'deploy:Sup3rS3cret' https://artifacts/x.tgz", "Sup3rS3cret")]
    [InlineData("curl -U proxy:Sup3rS3cret -x http://proxy:3128 https://artifacts/x.tgz", "Sup3rS3cret")]
    [InlineData("curl --proxy-user=proxy:Sup3rS3cret -x http://proxy:3128 https://artifacts/x.tgz", "Sup3rS3cret")]
    [InlineData("docker login -u ci -p Sup3rS3cret registry.example.com", "Sup3rS3cret")]
    [InlineData("echo Sup3rS3cret | docker login -u ci --password-stdin", "Sup3rS3cret")]
    [InlineData("echo \"Sup3rS3cret\" | docker login -u ci --password-stdin", "Sup3rS3cret")]
    [InlineData("mysql -uroot -pSup3rS3cret -e 'select 1'", "Sup3rS3cret")]
    [InlineData("mysqladmin ping --password=Sup3rS3cret", "Sup3rS3cret")]
    [InlineData("redis-cli -a Sup3rS3cret ping", "Sup3rS3cret")]
    [InlineData("redis-server --appendonly yes --requirepass Sup3rS3cret", "Sup3rS3cret")]
    [InlineData("influx setup --token Sup3rS3cret --force", "Sup3rS3cret")]
    [InlineData("app-cli push --api-key Sup3rS3cret", "Sup3rS3cret")]
    [InlineData("app-cli push --apikey=Sup3rS3cret", "Sup3rS3cret")]
    [InlineData("deploy --ssh-private-key Sup3rS3cret host", "Sup3rS3cret")]
    [InlineData("echo 'root:Sup3rS3cret' | chpasswd", "Sup3rS3cret")]
    [InlineData("sshpass -p Sup3rS3cret ssh deploy@host", "Sup3rS3cret")]
    [InlineData("apt-get update && \\\n    curl -u deploy:Sup3rS3cret https://artifacts/x.tgz", "Sup3rS3cret")]
    public void Finds_credentials_on_command_lines(string text, string secret)
    {
        var match = Assert.Single(SecretDetector.FindCommandCredentials(text));
        Assert.Equal(secret, text.Substring(match.Start, match.Length));
    }

    [Theory]
    [InlineData("redis-server --appendonly yes --requirepass ${REDIS_PASSWORD}")]
    [InlineData("redis-cli -a $REDIS_PASSWORD ping")]
    [InlineData("cat /run/secrets/registry | docker login -u ci --password-stdin")]
    [InlineData("echo $REGISTRY_TOKEN | docker login -u ci --password-stdin")]
    [InlineData("docker run -u 1000:1000 -p 8080:80 app")]
    [InlineData("useradd -u 1000 app && chown 1000:1000 /app")]
    [InlineData("curl -u \"$USER:$PASS\" https://artifacts/x.tgz")]
    [InlineData("mysql -uroot -p -e 'select 1'")]
    [InlineData("app --password-file /run/secrets/db")]
    [InlineData("pg_isready -U ${DB_USER} -d redfire")]
    [InlineData("influx setup --token $(cat /run/secrets/influx)")]
    [InlineData("gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys B42F6819007F00F88E364FD4036A9C25BF357DD4")]
    public void Ignores_commands_that_take_credentials_from_elsewhere(string text) =>
        Assert.Empty(SecretDetector.FindCommandCredentials(text));

    [Theory]
    [InlineData("adduser --system --ingroup=app --disabled-password app")]
    [InlineData("adduser --disabled-password --gecos \"\" s6")]
    [InlineData("pg_dump --no-password mydb")]
    public void Flags_that_switch_a_password_off_take_no_value(string text) =>
        Assert.Empty(SecretDetector.FindCommandCredentials(text));

    [Fact]
    public void A_URL_password_in_a_command_is_found_once()
    {
        var found = SecretDetector.FindCommandCredentials("psql postgresql://app:Sup3rS3cret@db/app -c 'select 1'");
        Assert.Equal(["password in a URL"], found.Select(f => f.Description).ToArray());
    }
}
