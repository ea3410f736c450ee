package nl.galacheck;

import org.springframework.boot.Banner;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;

import nl.galacheck.cli.GalacheckCommand;
import nl.galacheck.cli.Voorbouw;

/** Entry point: a non-web Spring Boot application that hands the command line to picocli. */
@SpringBootConfiguration
public class GalacheckApplication implements CommandLineRunner, ExitCodeGenerator {

    private int afsluitcode;

    public static void main(String[] args) {
        // logging is set up before the background loading starts: SLF4J initialised from two threads at
        // once warns on standard error that it replayed early log calls
        org.slf4j.LoggerFactory.getILoggerFactory();
        Voorbouw.begin(args);
        SpringApplication app = new SpringApplication(GalacheckApplication.class);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        System.exit(SpringApplication.exit(app.run(args)));
    }

    @Override
    public void run(String... args) {
        afsluitcode = GalacheckCommand.voerUit(args);
    }

    @Override
    public int getExitCode() {
        return afsluitcode;
    }
}
