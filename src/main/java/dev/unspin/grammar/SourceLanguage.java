package dev.unspin.grammar;

import org.languagetool.Language;
import org.languagetool.UserConfig;
import org.languagetool.language.Contributor;
import org.languagetool.rules.Rule;

import java.util.List;
import java.util.ResourceBundle;

/**
 * A language a text was translated from, as far as LanguageTool's false-friend rules need one:
 * a code and a name. It stands in for LanguageTool's full language module (which would add tens of
 * megabytes per language) because the false-friend rules only ask for the code.
 */
final class SourceLanguage extends Language {
    private final String code;

    SourceLanguage(String code) {
        this.code = code;
    }

    @Override
    public String getShortCode() {
        return code;
    }

    @Override
    public String getName() {
        return new java.util.Locale(code).getDisplayLanguage(java.util.Locale.ENGLISH);
    }

    @Override
    public String[] getCountries() {
        return new String[0];
    }

    @Override
    public Contributor[] getMaintainers() {
        return new Contributor[0];
    }

    @Override
    public List<Rule> getRelevantRules(ResourceBundle messages, UserConfig userConfig, Language motherTongue,
                                       List<Language> altLanguages) {
        return List.of();
    }
}
