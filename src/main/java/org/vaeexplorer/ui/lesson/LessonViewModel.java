package org.vaeexplorer.ui.lesson;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import java.util.List;
import java.util.Objects;

/**
 * The lesson beside the window (Help &gt; Lesson): which step is shown, Next and Back within the steps, and
 * setting the window up for a step whenever it is shown, through {@link LessonWindow}.
 */
public final class LessonViewModel {

    private final LessonWindow window;
    private final List<LessonStep> steps = List.of(LessonStep.values());
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index");
    private final ObjectBinding<LessonStep> step;
    private final BooleanBinding first;
    private final BooleanBinding last;
    /**
     * Counts the set-ups: a model that arrives after the lesson has moved on (keys pressed while it loaded)
     * must not put its step's preset over the step now shown.
     */
    private int setUps;

    public LessonViewModel(LessonWindow window) {
        this.window = Objects.requireNonNull(window);
        step = Bindings.createObjectBinding(() -> steps.get(index.get()), index);
        first = index.isEqualTo(0);
        last = index.isEqualTo(steps.size() - 1);
    }

    /** True while the lesson's panel is open. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The step shown, from 0. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public ObjectBinding<LessonStep> stepBinding() {
        return step;
    }

    /** True on the first step: there is no Back. */
    public BooleanBinding firstBinding() {
        return first;
    }

    /** True on the last step: there is no Next. */
    public BooleanBinding lastBinding() {
        return last;
    }

    public int stepCount() {
        return steps.size();
    }

    /** Opens the lesson at the step it was on (the first, the first time) and sets the window up for it. */
    public void open() {
        shown.set(true);
        setUp();
    }

    public void close() {
        shown.set(false);
        setUps++;
    }

    /** Help &gt; Lesson and its key: opens the lesson, or closes it. */
    public void toggle() {
        if (shown.get()) {
            close();
        } else {
            open();
        }
    }

    /** The next step, the window set up for it; nothing on the last step or while the lesson is closed. */
    public void next() {
        moveTo(index.get() + 1);
    }

    /** The step before, the window set up for it; nothing on the first step or while the lesson is closed. */
    public void back() {
        moveTo(index.get() - 1);
    }

    /**
     * Sets the window up for the step shown: selects its tab at once, opens its model, and once that is on
     * screen applies its preset and its manifold setting.
     */
    public void setUp() {
        int setUp = ++setUps;
        LessonStep shownStep = step.get();
        window.selectTab(shownStep.tab());
        window.openShippedModel(shownStep.model(), () -> {
            if (setUp != setUps || !shown.get()) {
                return;
            }
            // After the model: opening one puts its own settings in the form.
            if (shownStep.preset() != null) {
                window.applyPreset(shownStep.preset());
            }
            window.showManifold(shownStep.manifold());
        });
    }

    private void moveTo(int i) {
        if (!shown.get() || i < 0 || i >= steps.size()) {
            return;
        }
        index.set(i);
        setUp();
    }
}
