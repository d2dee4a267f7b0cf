package dev.unspin.engine;

/** What kind of mistake a finding is. */
public enum Category {
    SPINNER_SYNONYM("spinner-synonym"),
    TORTURED_PHRASE("tortured-phrase"),
    MACHINE_TRANSLATION("machine-translation"),
    GRAMMAR("grammar"),
    /** Words that differ from the known original this document copies ({@code --originals}). */
    SPUN_COPY("spun-copy");

    private final String id;

    Category(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Category fromId(String id) {
        for (Category c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown category '" + id + "' (expected spinner-synonym, tortured-phrase, machine-translation, grammar or spun-copy)");
    }
}
