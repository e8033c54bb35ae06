package org.pathways.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class MethodCallsTest {

  private final MethodCalls calls = new MethodCalls();

  /** A page's context, as far as a method call needs one: it converts to text as EL does. */
  private static final class Page extends ELContext {
    @Override
    public ELResolver getELResolver() {
      return null;
    }

    @Override
    public FunctionMapper getFunctionMapper() {
      return null;
    }

    @Override
    public VariableMapper getVariableMapper() {
      return null;
    }

    @Override
    public <T> T convertToType(Object value, Class<T> type) {
      return type.cast(value == null ? "" : String.valueOf(value));
    }
  }

  /** Something a page calls methods on. */
  public static final class Row {
    public String title(String language) {
      return "title in " + language;
    }

    public int index(int at) {
      return at;
    }

    public String pick(String text) {
      return "text";
    }

    public String pick(Integer number) {
      return "number";
    }

    public String fail() {
      throw new IllegalStateException("broken row");
    }
  }

  private record Hidden(String name) {}

  private enum Kind {
    READING
  }

  private Object call(Object base, String method, Object... arguments) {
    return calls.invoke(new Page(), base, method, null, arguments);
  }

  @Test
  void aPublicMethodIsCalledAndTheCallIsResolved() {
    Page page = new Page();
    assertThat(calls.invoke(page, new Row(), "title", null, new Object[] {"es"}))
        .isEqualTo("title in es");
    assertThat(page.isPropertyResolved()).isTrue();
  }

  @Test
  void aTextParameterTakesAnyArgumentConvertedAsTheExpressionLanguageDoes() {
    assertThat(call("learning.kind.", "concat", Kind.READING)).isEqualTo("learning.kind.READING");
    assertThat(call(new Row(), "title", (Object) null)).isEqualTo("title in ");
  }

  @Test
  void aRecordOfOurOwnIsReadEvenWhenItIsNotPublic() {
    assertThat(call(new Hidden("Ana"), "name")).isEqualTo("Ana");
  }

  @Test
  void aMethodOfAHiddenJdkClassIsCalledThroughItsPublicInterface() {
    assertThat(call(List.of("a", "b"), "size")).isEqualTo(2);
    assertThat(call(List.of("a", "b"), "contains", "b")).isEqualTo(true);
  }

  @Test
  void callsItCannotDecideExactlyAreLeftToTheOtherResolvers() {
    Page page = new Page();
    // Overloads with as many parameters: the standard rules choose.
    assertThat(calls.invoke(page, new Row(), "pick", null, new Object[] {"x"})).isNull();
    // A number that needs converting.
    assertThat(calls.invoke(page, new Row(), "index", null, new Object[] {3L})).isNull();
    // No such method, and a method expression with declared parameter types.
    assertThat(calls.invoke(page, new Row(), "absent", null, new Object[0])).isNull();
    assertThat(
            calls.invoke(
                page, new Row(), "title", new Class<?>[] {String.class}, new Object[] {"en"}))
        .isNull();
    assertThat(page.isPropertyResolved()).isFalse();
  }

  @Test
  void whatTheMethodThrowsReachesThePageAsAnExpressionFailure() {
    assertThatThrownBy(() -> call(new Row(), "fail"))
        .isInstanceOf(ELException.class)
        .hasCauseInstanceOf(IllegalStateException.class)
        .hasRootCauseMessage("broken row");
  }

  @Test
  void theSameCallIsAnsweredTheSameWayAgain() {
    assertThat(call(new Row(), "index", 4)).isEqualTo(4);
    assertThat(call(new Row(), "index", 5)).isEqualTo(5);
  }
}
