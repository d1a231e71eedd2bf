package io.github.gongbao.core.json;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.EnumNamingStrategies;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.annotation.EnumNaming;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.gongbao.core.model.Account;
import io.github.gongbao.core.model.Basis;
import io.github.gongbao.core.model.ClaimAttr;
import io.github.gongbao.core.model.ComparisonKind;
import io.github.gongbao.core.model.Direction;
import io.github.gongbao.core.model.RegionKind;
import io.github.gongbao.core.model.Script;
import io.github.gongbao.core.model.SkipReason;
import io.github.gongbao.core.model.StatedAs;
import io.github.gongbao.units.Quantity;
import java.math.BigDecimal;
import java.util.List;

/**
 * The Jackson module of the Gongbao JSON form; see {@link GongbaoJson#module()}. Its effects are
 * confined to Gongbao types: decimals of other beans and other enums are left as the mapper has them.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();  // finds this module (ServiceLoader)
 * mapper.registerModule(new GongbaoModule());                          // or register it by hand
 * }</pre>
 *
 * <p>Registered as a {@code com.fasterxml.jackson.databind.Module} service ({@code META-INF/services} and
 * the module descriptor), so {@code ObjectMapper.findAndRegisterModules()} registers it. Prefer
 * {@link GongbaoJson#mapper()}, which also configures the mapper (unknown properties ignored). Immutable
 * once built; register it, do not change it.
 */
public final class GongbaoModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final String MODEL_PACKAGE = Basis.class.getPackageName();

  /** A new module; what {@link GongbaoJson#module()} returns and the service loader instantiates. */
  public GongbaoModule() {
    super("gongbao");
    addSerializer(Quantity.class, new QuantitySerializer());
    addDeserializer(Quantity.class, new QuantityDeserializer());
    for (Class<?> type : LOWER_SNAKE_ENUMS) {
      setMixInAnnotation(type, LowerSnakeEnum.class);
    }
    setSerializerModifier(new PlainDecimals());
  }

  /** The model enums written as lower_snake names ({@code YEAR_ON_YEAR} → {@code year_on_year}). */
  static final List<Class<? extends Enum<?>>> LOWER_SNAKE_ENUMS = List.of(Account.class, Basis.class,
      ClaimAttr.class, ComparisonKind.class, Direction.class, RegionKind.class, Script.class, StatedAs.class,
      SkipReason.class);

  /**
   * Mix-in giving a model enum Jackson's lower_snake enum naming, for writing and reading (other
   * spellings, such as the constant's own name, are refused).
   */
  @EnumNaming(EnumNamingStrategies.SnakeCaseStrategy.class)
  private abstract static class LowerSnakeEnum {}

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module());
  }

  /** Writes the BigDecimal properties of model types as plain-notation strings. */
  private static final class PlainDecimals extends BeanSerializerModifier {
    private static final long serialVersionUID = 1L;
    @SuppressWarnings("unchecked")
    private static final JsonSerializer<Object> PLAIN =
        (JsonSerializer<Object>) (JsonSerializer<?>) PlainDecimalSerializer.INSTANCE;

    @Override
    public List<BeanPropertyWriter> changeProperties(SerializationConfig config,
        BeanDescription beanDesc, List<BeanPropertyWriter> beanProperties) {
      if (beanDesc.getBeanClass().getPackageName().equals(MODEL_PACKAGE)) {
        for (BeanPropertyWriter w : beanProperties) {
          if (w.getType().getRawClass() == BigDecimal.class && !w.hasSerializer()) {
            w.assignSerializer(PLAIN);
          }
        }
      }
      return beanProperties;
    }
  }
}
