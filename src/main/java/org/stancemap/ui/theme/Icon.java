package org.stancemap.ui.theme;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableIntegerProperty;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.PaintConverter;
import javafx.css.converter.SizeConverter;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.kordamp.ikonli.Ikon;

/**
 * A Feather icon: one glyph of the bundled icon font, sized and coloured from CSS with
 * {@code -fx-icon-size} and {@code -fx-icon-color}, the properties AtlantaFX's theme and
 * stancemap.css set on {@code .ikonli-font-icon} (Ikonli's names, kept so those rules apply).
 * <p>
 * Drawn here rather than with Ikonli's own icon node, which loads every icon font on the class
 * path from its jar at the first icon: JavaFX copies a font read from a stream to a new temporary
 * file at every start (left behind when the app is killed, as a kiosk's watchdog does), and each
 * of those icons parsed an inline style. The font is read in place from {@link Theme}'s cache.
 */
public final class Icon extends Text {

    private static final String STYLE_CLASS = "ikonli-font-icon";
    private static final String FAMILY = "FeatherIcons";
    private static final int DEFAULT_SIZE = 16;

    private static final CssMetaData<Icon, Number> SIZE = new CssMetaData<>("-fx-icon-size",
            SizeConverter.getInstance(), DEFAULT_SIZE) {
        @Override
        public boolean isSettable(Icon icon) {
            return !icon.size.isBound();
        }

        @Override
        public StyleableProperty<Number> getStyleableProperty(Icon icon) {
            return icon.size;
        }
    };

    private static final CssMetaData<Icon, Paint> COLOR = new CssMetaData<>("-fx-icon-color",
            PaintConverter.getInstance(), Color.BLACK) {
        @Override
        public boolean isSettable(Icon icon) {
            return !icon.color.isBound();
        }

        @Override
        public StyleableProperty<Paint> getStyleableProperty(Icon icon) {
            return icon.color;
        }
    };

    /** Text's properties without its font, which is this icon font at the icon's size, never the text's. */
    private static final List<CssMetaData<? extends Styleable, ?>> CSS = cssMetaData();

    private final StyleableIntegerProperty size = new StyleableIntegerProperty(DEFAULT_SIZE) {
        @Override
        protected void invalidated() {
            setFont(Font.font(FAMILY, get()));
        }

        @Override
        public Object getBean() {
            return Icon.this;
        }

        @Override
        public String getName() {
            return "iconSize";
        }

        @Override
        public CssMetaData<Icon, Number> getCssMetaData() {
            return SIZE;
        }
    };

    private final StyleableObjectProperty<Paint> color = new StyleableObjectProperty<>(Color.BLACK) {
        @Override
        protected void invalidated() {
            setFill(get());
        }

        @Override
        public Object getBean() {
            return Icon.this;
        }

        @Override
        public String getName() {
            return "iconColor";
        }

        @Override
        public CssMetaData<Icon, Paint> getCssMetaData() {
            return COLOR;
        }
    };

    private final ObjectProperty<Ikon> glyph = new SimpleObjectProperty<>(this, "glyph") {
        @Override
        protected void invalidated() {
            Ikon ikon = get();
            setText(ikon == null ? "" : new String(Character.toChars(ikon.getCode())));
        }
    };

    public Icon(Ikon glyph) {
        Theme.loadIconFont();
        getStyleClass().setAll(STYLE_CLASS);
        setFont(Font.font(FAMILY, DEFAULT_SIZE));
        setFill(Color.BLACK);
        this.glyph.set(glyph);
    }

    public Ikon getGlyph() {
        return glyph.get();
    }

    public void setGlyph(Ikon glyph) {
        this.glyph.set(glyph);
    }

    public int getIconSize() {
        return size.get();
    }

    public void setIconSize(int pixels) {
        size.set(pixels);
    }

    public Paint getIconColor() {
        return color.get();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }

    private static List<CssMetaData<? extends Styleable, ?>> cssMetaData() {
        List<CssMetaData<? extends Styleable, ?>> list = new ArrayList<>();
        for (CssMetaData<? extends Styleable, ?> meta : Text.getClassCssMetaData()) {
            if (!meta.getProperty().equals("-fx-font")) {
                list.add(meta);
            }
        }
        list.add(SIZE);
        list.add(COLOR);
        return Collections.unmodifiableList(list);
    }
}
